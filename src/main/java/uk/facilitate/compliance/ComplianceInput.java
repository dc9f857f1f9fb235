package uk.facilitate.compliance;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A DBS check (issue date, certificate number, Update Service) or a safeguarding training
 * (completion date, level), as typed.
 */
public record ComplianceInput(
        ComplianceCheck.Kind kind,
        LocalDate date,
        @Size(max = 40) String certificateNumber,
        boolean updateService,
        Integer safeguardingLevel) {
}
