package uk.facilitate.supervision;

import java.time.LocalDate;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.shared.SupervisionKind;

/** One supervision session as logged by the supervisee or a manager; text limits as in {@code supervision_session}. */
public record SupervisionInput(
        LocalDate date,
        SupervisionKind kind,
        Long supervisorId,
        @MaxLength(200) String supervisorName,
        Integer minutes,
        @MaxLength(64) String programmeId,
        // The column is TEXT (65,535 bytes): 10,000 characters fit whatever the script.
        @MaxLength(10_000) String notes) {
}
