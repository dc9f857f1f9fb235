package uk.facilitate.cover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.facilitate.booking.Booking;
import uk.facilitate.booking.BookingService;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.RuleOutcome;
import uk.facilitate.qualification.Verdict;
import uk.facilitate.qualification.service.PractitionerRecords;
import uk.facilitate.qualification.service.QualificationSettingsStore;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.Today;

/**
 * "Can we run it?": for a programme, need level, locality, first session, number of weekly sessions and
 * facilitators needed, who is available on every session date on the expected basis (the records held,
 * what is booked, and routine renewals within reach kept up), each with the renewals they must book; and
 * if too few, who is nearest and what each misses, in the engine's words, or which other group they are
 * busy with. Everyone serving the locality with any record of the programme is asked of the engine.
 */
@ApplicationScoped
@Transactional
public class CanWeRunService {

    /** How many of the nearest are listed when the answer is no. */
    static final int NEAREST = 10;

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Catalogue catalogue;

    @Inject
    private GroupQueries queries;

    @Inject
    private PractitionerRecords records;

    @Inject
    private QualificationSettingsStore settings;

    @Inject
    private BookingService bookings;

    @Inject
    private DeliveryGroupService groups;

    @Inject
    private Today today;

    /** The question; {@code sessions} and {@code facilitators} may be null for the catalogue's figures. */
    public record Question(String programmeId, Integer needLevel, Long localityId, LocalDate firstSession,
                           Integer sessions, Integer facilitators) {
    }

    /** Someone available on every session date, with the renewals falling due that they must book. */
    public record Available(long staffId, String name, String role, List<String> toBook) implements Serializable {
    }

    /** Someone with a record of the programme who is not available, and why ("on 01/04/2027 (session 1 of 14) …"). */
    public record Nearest(long staffId, String name, String role, List<String> missing) implements Serializable {
    }

    /** The answer, with the question as it was understood (defaults filled in) and every session date. */
    public record Answer(String programmeId, String programmeName, int needLevel, long localityId, String localityName,
                         LocalDate firstSession, int sessions, int facilitators, List<LocalDate> sessionDates,
                         boolean canRun, String summary, List<Available> available, List<Nearest> nearest,
                         int shortfall, String basis) implements Serializable {
    }

    /** A locality to ask about; {@code yours} is false where a coordinator may not see its people. */
    public record LocalityChoice(long id, String name, boolean yours) implements Serializable {
    }

    /**
     * Every locality, so that none is silently missing: a coordinator's own are marked theirs, and asking about
     * another says why its people are not shown.
     */
    public List<LocalityChoice> localities() {
        access.requireCoverReader();
        Set<Long> own = access.isManager() ? null : access.coordinatorLocalities();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM locality ORDER BY name").getResultList();
        return rows.stream().map(r -> new LocalityChoice(((Number) r[0]).longValue(), (String) r[1],
                own == null || own.contains(((Number) r[0]).longValue()))).toList();
    }

    public Answer ask(Question question) {
        access.requireCoverReader();
        Checked q = validate(question);
        LocalDate now = today.date();
        List<LocalDate> dates = SessionDates.weekly(q.first(), q.sessions());
        List<GroupQueries.Person> people = queries.withRecordFor(q.programme().id(), q.localityId(), q.first());
        List<Long> ids = people.stream().map(GroupQueries.Person::staffId).toList();

        QualificationSettings rules = settings.current();
        QualificationEngine engine = new QualificationEngine(rules);
        ProgrammeRules programme = ProgrammeRules.of(q.programme());
        NeedLevel level = NeedLevel.of(q.needLevel());
        Map<Long, List<Booking>> booked = new HashMap<>();
        bookings.openBookings(ids, now).forEach(b -> booked.computeIfAbsent(b.getStaffId(), k -> new ArrayList<>()).add(b));
        Map<Long, PractitionerRecord> held = records.load(ids);
        Map<Long, ExpectedBasis.Booked> bookedRecords = records.booked(ids, now, rules);
        Map<Long, List<DeliveryGroupService.Clash>> clashes = groups.clashes(ids, -1, q.first(), q.sessions());

        List<Available> available = new ArrayList<>();
        List<Ranked> others = new ArrayList<>();
        LocalDate last = dates.get(dates.size() - 1);
        for (GroupQueries.Person person : people) {
            PractitionerRecord record = held.get(person.staffId());
            List<Booking> theirs = booked.getOrDefault(person.staffId(), List.of());
            PractitionerRecord expected = ExpectedBasis.assume(record, bookedRecords.getOrDefault(person.staffId(),
                    ExpectedBasis.Booked.NOTHING), programme, rules, now, last);
            Ranked miss = null;
            for (int i = 0; i < dates.size() && miss == null; i++) {
                LocalDate on = dates.get(i);
                Verdict verdict = engine.assess(on.isAfter(now) ? expected : record, programme, level, on);
                if (!verdict.qualified()) {
                    List<String> missing = verdict.rules().stream().filter(o -> !o.met()).map(RuleOutcome::explanation).toList();
                    miss = new Ranked(new Nearest(person.staffId(), person.name(), person.role(), prefixed(
                            "On " + CoverWording.date(on) + " (session " + (i + 1) + " of " + dates.size() + "): ", missing)),
                            missing.size(), i);
                }
            }
            List<DeliveryGroupService.Clash> busy = clashes.getOrDefault(person.staffId(), List.of());
            if (miss == null && busy.isEmpty()) {
                available.add(new Available(person.staffId(), person.name(), person.role(),
                        toBook(engine, record, programme, level, now, dates, theirs)));
            } else if (miss == null) {
                others.add(new Ranked(new Nearest(person.staffId(), person.name(), person.role(),
                        busy.stream().map(c -> "Busy: " + c.describe(person.name())).toList()), 0, dates.size()));
            } else {
                others.add(miss);
            }
        }
        // Nearest first: busy but qualified, then the fewest rules missed, then the latest session reached.
        List<Nearest> nearest = others.stream()
                .sorted(Comparator.comparingInt(Ranked::missed).thenComparing(Comparator.comparingInt(Ranked::reached).reversed())
                        .thenComparing(r -> r.nearest().name()))
                .limit(NEAREST).map(Ranked::nearest).toList();
        int shortfall = Math.max(0, q.facilitators() - available.size());
        String where = q.programme().name() + " at " + level.describe() + " in " + q.localityName() + " from "
                + CoverWording.date(q.first()) + " (" + q.sessions() + " weekly sessions, " + q.facilitators()
                + (q.facilitators() == 1 ? " facilitator)" : " facilitators)");
        String summary = shortfall == 0
                ? "Yes: " + available.size() + " of the people serving " + q.localityName() + " can facilitate " + where
                        + " on every session date."
                : "Not yet: " + (available.isEmpty() ? "nobody" : "only " + available.size()) + " can facilitate " + where
                        + " on every session date; " + shortfall + " more " + (shortfall == 1 ? "is" : "are") + " needed.";
        return new Answer(q.programme().id(), q.programme().name(), q.needLevel(), q.localityId(), q.localityName(),
                q.first(), q.sessions(), q.facilitators(), dates, shortfall == 0, summary, available, nearest, shortfall,
                q.first().isAfter(now) ? "EXPECTED" : "HELD");
    }

    private record Ranked(Nearest nearest, int missed, int reached) {
    }

    private static List<String> prefixed(String prefix, List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(i == 0 ? prefix + items.get(i) : items.get(i));
        }
        return out;
    }

    /**
     * The renewals falling due on the records held between today and the last session, each with its last day,
     * the session it must precede, and whether it is booked: "supervision due by 09/02/2027, before the first
     * session: not booked", or "overdue since 31/10/2026: booked 10/12/2026".
     */
    private List<String> toBook(QualificationEngine engine, PractitionerRecord record, ProgrammeRules programme,
                                NeedLevel level, LocalDate now, List<LocalDate> dates, List<Booking> booked) {
        Verdict held = engine.assess(record, programme, level, now);
        LocalDate last = dates.get(dates.size() - 1);
        List<String> toBook = new ArrayList<>();
        for (RuleOutcome outcome : held.rules()) {
            Booking.Renewal renewal = Renewals.of(outcome.rule());
            if (renewal == null || (outcome.met() && (outcome.validUntil() == null || !outcome.validUntil().isBefore(last)))) {
                continue;
            }
            if (!outcome.met()) {
                toBook.add(renewal.label() + " overdue, to renew before the first session: "
                        + Renewals.booking(renewal, now, programme.programmeId(), booked));
                continue;
            }
            LocalDate dueBy = outcome.validUntil();
            int before = 0;
            while (before < dates.size() && !dates.get(before).isAfter(dueBy)) {
                before++;
            }
            String session = before == 0 ? "the first session" : "session " + (before + 1) + " of " + dates.size();
            toBook.add(renewal.label() + " due by " + CoverWording.date(dueBy) + ", before " + session + ": "
                    + Renewals.booking(renewal, dueBy, programme.programmeId(), booked));
        }
        return toBook;
    }

    private record Checked(Programme programme, int needLevel, long localityId, String localityName, LocalDate first,
                           int sessions, int facilitators) {
    }

    private Checked validate(Question question) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        Programme programme = GroupPlanChecks.programme(catalogue, question.programmeId(), "programme", problems);
        GroupPlanChecks.needLevel(programme, question.needLevel(), problems);
        String localityName = null;
        if (question.localityId() == null) {
            problems.add(new InvalidInput.Problem("locality", "Choose the locality"));
        } else {
            List<?> names = em.createNativeQuery("SELECT name FROM locality WHERE id = ?")
                    .setParameter(1, question.localityId()).getResultList();
            if (names.isEmpty()) {
                problems.add(new InvalidInput.Problem("locality", "No locality with id " + question.localityId()));
            } else {
                localityName = (String) names.get(0);
            }
        }
        if (question.firstSession() == null) {
            problems.add(new InvalidInput.Problem("from", "Give the date of the first session"));
        }
        Integer sessions = GroupPlanChecks.sessions(programme, question.sessions(), problems);
        Integer facilitators = question.facilitators();
        if (facilitators == null) {
            facilitators = programme != null && programme.facilitatorsPerGroup() != null ? programme.facilitatorsPerGroup() : 1;
        } else if (facilitators < 1 || facilitators > 10) {
            problems.add(new InvalidInput.Problem("facilitators", "A group needs 1 to 10 facilitators"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!access.isManager()) {
            Set<Long> own = access.coordinatorLocalities();
            if (!own.contains(question.localityId())) {
                throw new Forbidden(localityName + " is not one of the localities you coordinate, so its people are not"
                        + " shown to you. A workforce development manager, or a coordinator for " + localityName
                        + ", can ask this question.");
            }
        }
        return new Checked(programme, question.needLevel(), question.localityId(), localityName, question.firstSession(), sessions,
                facilitators);
    }
}
