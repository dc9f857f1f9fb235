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
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.qualification.ProgrammeRules;
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
    private DeliveryGroupService groups;

    @Inject
    private PeopleOnRecord onRecord;

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
        LocalDate now = today.date(); // the same day the records are read as of
        List<LocalDate> dates = SessionDates.weekly(q.first(), q.sessions());
        List<GroupQueries.Person> people = queries.withRecordFor(q.programme().id(), q.localityId(), q.first());
        List<Long> ids = people.stream().map(GroupQueries.Person::staffId).toList();

        NeedLevel level = NeedLevel.of(q.needLevel());
        PeopleOnRecord.Loaded loaded = onRecord.load(ids);
        SessionChecks sessions = loaded.sessions(ProgrammeRules.of(q.programme()), level, dates);
        Map<Long, List<DeliveryGroupService.Clash>> clashes = groups.clashes(ids, -1, q.first(), q.sessions());

        List<Available> available = new ArrayList<>();
        List<Ranked> others = new ArrayList<>();
        for (GroupQueries.Person person : people) {
            SessionChecks.Outcome outcome = loaded.check(person.staffId(), sessions);
            if (outcome == null) {
                continue;
            }
            List<DeliveryGroupService.Clash> busy = clashes.getOrDefault(person.staffId(), List.of());
            if (!outcome.takesEverySession()) {
                List<String> missed = new ArrayList<>(outcome.missed());
                missed.set(0, Character.toUpperCase(missed.get(0).charAt(0)) + missed.get(0).substring(1)); // a list item
                others.add(new Ranked(new Nearest(person.staffId(), person.name(), person.role(), List.copyOf(missed)),
                        missed.size(), outcome.taken()));
            } else if (!busy.isEmpty()) {
                others.add(new Ranked(new Nearest(person.staffId(), person.name(), person.role(),
                        busy.stream().map(c -> "Busy: " + c.describe(person.name())).toList()), 0, dates.size()));
            } else {
                available.add(new Available(person.staffId(), person.name(), person.role(), outcome.toBook()));
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
