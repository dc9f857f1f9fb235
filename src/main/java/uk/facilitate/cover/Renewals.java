package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.List;
import uk.facilitate.booking.Booking;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.Rule;

/** Renewals falling due and what is booked to meet them, as the cover cell and delivery groups word them. */
final class Renewals {

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

    /** A person's open bookings as the records they will become when held, for the expected basis. */
    static ExpectedBasis.Booked booked(List<Booking> bookings, QualificationSettings settings) {
        List<PractitionerRecord.Supervision> sessions = new java.util.ArrayList<>();
        List<PractitionerRecord.DbsCheck> checks = new java.util.ArrayList<>();
        List<PractitionerRecord.SafeguardingTraining> training = new java.util.ArrayList<>();
        for (Booking b : bookings) {
            switch (b.getRenewal()) {
                case SUPERVISION -> sessions.add(new PractitionerRecord.Supervision(b.getBookedFor(), b.getSupervisionKind(),
                        b.getProgrammeId(), true));
                case DBS -> checks.add(new PractitionerRecord.DbsCheck(b.getBookedFor(), null, false, true));
                case SAFEGUARDING -> training.add(new PractitionerRecord.SafeguardingTraining(b.getBookedFor(),
                        b.getSafeguardingLevel() == null ? settings.minimumSafeguardingLevel() : b.getSafeguardingLevel(), true));
            }
        }
        return new ExpectedBasis.Booked(sessions, checks, training);
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
            return "not booked";
        }
        return "booked " + CoverWording.date(first.getBookedFor())
                + (first.getBookedFor().isAfter(dueBy) ? ", after it falls due" : "");
    }
}
