package uk.facilitate.cover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.facilitate.booking.Booking;
import uk.facilitate.booking.BookingService;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.service.PractitionerRecords;
import uk.facilitate.qualification.service.QualificationSettingsStore;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.Today;

/**
 * People's records and what they have booked, read once (a few set-based queries, whatever the number of
 * people) for checking them against the session dates of one group or of many: delivery groups, their list of
 * renewals to book, and "Can we run it?" all read them here.
 */
@ApplicationScoped
public class PeopleOnRecord {

    @Inject
    private PractitionerRecords records;

    @Inject
    private BookingService bookings;

    @Inject
    private QualificationSettingsStore settings;

    @Inject
    private Today today;

    /** What was read, as of {@code today}: records held, open bookings, and the bookings as records to be. */
    public record Loaded(QualificationSettings settings, LocalDate today, Map<Long, PractitionerRecord> records,
                         Map<Long, List<Booking>> bookings, Map<Long, ExpectedBasis.Booked> booked) {

        /** The checks of one group's (or one question's) session dates, as of today. */
        SessionChecks sessions(ProgrammeRules programme, NeedLevel level, List<LocalDate> dates) {
            return new SessionChecks(settings, programme, level, dates, today);
        }

        /** One person against those sessions; {@code null} for someone with no record (gone since they were listed). */
        SessionChecks.Outcome check(long staffId, SessionChecks sessions) {
            PractitionerRecord person = records.get(staffId);
            return person == null ? null : sessions.check(person, booked.getOrDefault(staffId, ExpectedBasis.Booked.NOTHING),
                    bookings.getOrDefault(staffId, List.of()));
        }
    }

    public Loaded load(Collection<Long> staffIds) {
        QualificationSettings rules = settings.current();
        LocalDate now = today.date();
        if (staffIds.isEmpty()) {
            return new Loaded(rules, now, Map.of(), Map.of(), Map.of());
        }
        Map<Long, List<Booking>> open = new HashMap<>();
        bookings.openBookings(staffIds, now).forEach(b -> open.computeIfAbsent(b.getStaffId(), k -> new ArrayList<>()).add(b));
        return new Loaded(rules, now, records.load(staffIds), open, records.booked(staffIds, now, rules));
    }
}
