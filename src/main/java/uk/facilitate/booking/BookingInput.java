package uk.facilitate.booking;

import java.time.LocalDate;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.shared.SupervisionKind;

/**
 * A booking as typed: what is booked and for when; for supervision the kind, supervisor and programme
 * (none for general supervision); for a safeguarding refresh the level of the course. Text limits as in
 * {@code booking}.
 */
public record BookingInput(
        Booking.Renewal renewal,
        LocalDate date,
        SupervisionKind kind,
        Long supervisorId,
        @MaxLength(200) String supervisorName,
        @MaxLength(64) String programmeId,
        Integer safeguardingLevel,
        @MaxLength(2000) String notes) {
}
