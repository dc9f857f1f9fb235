package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.List;
import uk.facilitate.booking.Booking;
import uk.facilitate.qualification.Rule;

/** Renewals falling due and what is booked to meet them, as the cover cell and delivery groups word them. */
final class Renewals {

    /** How an item ends when nothing is booked for it. */
    static final String NOT_BOOKED = "not booked";

    private Renewals() {
    }

    /** What is booked to renew this rule; {@code null} for a hard rule. */
    static Booking.Renewal of(Rule rule) {
        return switch (rule) {
            case SUPERVISION_CURRENT -> Booking.Renewal.SUPERVISION;
            case DBS_CURRENT -> Booking.Renewal.DBS;
            case SAFEGUARDING_CURRENT -> Booking.Renewal.SAFEGUARDING;
            default -> null;
        };
    }

    /**
     * "booked 10/02/2027", "booked 20/02/2027, after it falls due" or "not booked": the first booking (soonest
     * first) that can renew this condition, general supervision or that programme's.
     */
    static String booking(Booking.Renewal renewal, LocalDate dueBy, String programmeId, List<Booking> bookings) {
        Booking first = bookings.stream().filter(b -> b.getRenewal() == renewal)
                .filter(b -> b.getProgrammeId() == null || b.getProgrammeId().equals(programmeId))
                .findFirst().orElse(null);
        if (first == null) {
            return NOT_BOOKED;
        }
        return "booked " + CoverWording.date(first.getBookedFor())
                + (first.getBookedFor().isAfter(dueBy) ? ", after it falls due" : "");
    }
}
