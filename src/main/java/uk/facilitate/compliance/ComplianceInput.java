package uk.facilitate.compliance;

import java.time.LocalDate;
import uk.facilitate.platform.MaxLength;

/**
 * A DBS check (issue date, certificate number, Update Service) or a safeguarding training
 * (completion date, level), as typed.
 */
public record ComplianceInput(
        ComplianceCheck.Kind kind,
        LocalDate date,
        @MaxLength(40) String certificateNumber,
        boolean updateService,
        Integer safeguardingLevel) {
}
