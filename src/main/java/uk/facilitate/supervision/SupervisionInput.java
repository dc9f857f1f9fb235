package uk.facilitate.supervision;

import java.time.LocalDate;

/** One supervision session as logged by the supervisee or a manager. */
public record SupervisionInput(
        LocalDate date,
        SupervisionKind kind,
        Long supervisorId,
        String supervisorName,
        Integer minutes,
        String programmeId,
        String notes) {
}
