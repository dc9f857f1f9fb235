package uk.facilitate.supervision;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One supervision session as logged by the supervisee or a manager; text limits as in {@code supervision_session}. */
public record SupervisionInput(
        LocalDate date,
        SupervisionKind kind,
        Long supervisorId,
        @Size(max = 200) String supervisorName,
        Integer minutes,
        @Size(max = 64) String programmeId,
        // The column is TEXT (65,535 bytes): 10,000 characters fit whatever the script.
        @Size(max = 10_000) String notes) {
}
