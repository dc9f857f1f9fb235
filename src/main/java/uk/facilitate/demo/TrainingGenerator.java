package uk.facilitate.demo;

import static uk.facilitate.demo.BoroughGenerator.EAST;
import static uk.facilitate.demo.BoroughGenerator.INCREDIBLE_YEARS;
import static uk.facilitate.demo.BoroughGenerator.NORTH;
import static uk.facilitate.demo.BoroughGenerator.SFSC;
import static uk.facilitate.demo.BoroughGenerator.SOLIHULL;
import static uk.facilitate.demo.BoroughGenerator.SOUTH;
import static uk.facilitate.demo.BoroughGenerator.TRIPLE_P;
import static uk.facilitate.demo.BoroughGenerator.GROUP_TEEN;
import static uk.facilitate.demo.BoroughGenerator.WEST;
import static uk.facilitate.demo.BoroughGenerator.WORK_WITH_PARENTS;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.facilitate.accreditation.AccreditationRecord.Origin;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.catalogue.Programme.TrainingStep;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.Nomination;
import uk.facilitate.cohort.core.CompletionRule;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.cohort.core.Prerequisites;
import uk.facilitate.cohort.core.SessionSeries;
import uk.facilitate.cohort.core.Waitlist;
import uk.facilitate.cover.SessionDates;
import uk.facilitate.demo.DemoBorough.AccreditationRow;
import uk.facilitate.demo.DemoBorough.StaffRow;
import uk.facilitate.demo.DemoTraining.CohortRow;
import uk.facilitate.demo.DemoTraining.GroupRow;
import uk.facilitate.demo.DemoTraining.NominationRow;
import uk.facilitate.demo.DemoTraining.SessionRow;
import uk.facilitate.demo.DemoTraining.TargetRow;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffRole;

/**
 * Builds {@link DemoTraining} with the app's own pure rules: prerequisites ({@link Prerequisites}),
 * places and the waitlist ({@link Waitlist}), completion ({@link CompletionRule}, the default of every
 * session attended, and the stage the last step awards), and for delivery groups the qualification
 * engine on every session date, as the delivery-group service checks an assignment. Nobody is nominated
 * to two sessions on one day, or to a group meeting on a day of their training. One seeded {@link Random},
 * separate from the borough's, so adding plans never changes the borough itself.
 */
final class TrainingGenerator {

    private static final String MANAGER = "manager";
    private static final LocalTime HALF_DAY_END = LocalTime.of(12, 30);
    /** Salt for this generator's random stream, so it differs from the borough's. */
    private static final long SALT = 0x7EA1_17A1_4E5CL;

    private final DemoBorough borough;
    private final Map<String, Programme> catalogue;
    private final QualificationEngine engine;
    private final LocalDate today;
    private final Random random;
    private final Map<String, StaffRow> staff = new LinkedHashMap<>();
    private final Map<String, String> usernames = new HashMap<>();
    private final Map<String, Set<LocalDate>> busy = new HashMap<>();
    private final List<AccreditationRow> awarded = new ArrayList<>();
    private final Map<String, PractitionerRecord> records = new HashMap<>();

    TrainingGenerator(DemoBorough borough, Map<String, Programme> catalogue, QualificationSettings settings) {
        this.borough = borough;
        this.catalogue = Map.copyOf(catalogue);
        this.engine = new QualificationEngine(settings);
        this.today = borough.today();
        this.random = new Random(DemoBorough.DEFAULT_SEED ^ SALT ^ borough.staff().size());
        borough.staff().forEach(row -> staff.put(row.employeeRef(), row));
        borough.users().stream().filter(user -> user.employeeRef() != null)
                .forEach(user -> usernames.put(user.employeeRef(), user.username()));
    }

    DemoTraining generate() {
        List<CohortRow> cohorts = new ArrayList<>();
        // North's enrolled practitioners keep their Incredible Years places, so that cohort is filled first.
        cohorts.add(openIncredibleYears());
        cohorts.add(completedSolihull());
        cohorts.add(runningTripleP());
        cohorts.add(plannedWorkWithParents());
        cohorts.add(cancelledGroupTeen());
        cohorts.sort(java.util.Comparator.comparing((CohortRow c) -> c.sessions().get(0).date()));
        records.putAll(practitionerRecords(borough, awarded));
        return new DemoTraining(cohorts, groups(), targets());
    }

    // ---------------------------------------------------------------- cohorts

    /** Solihull foundation, two days a fortnight apart about four months ago, completed and its records verified. */
    private CohortRow completedSolihull() {
        Programme solihull = programme(SOLIHULL);
        LocalDate first = weekday(today.minusWeeks(17), DayOfWeek.TUESDAY);
        List<SessionRow> sessions = List.of(day(first, "foundation-training"),
                day(first.plusWeeks(2), "foundation-training"));
        List<StaffRow> chosen = candidates(solihull, List.of("foundation-training"), dates(sessions),
                first.minusWeeks(6), person -> person.localityCodes().contains(SOUTH) || person.localityCodes().contains(WEST),
                EnumSet.of(StaffRole.HEALTH_VISITOR, StaffRole.CHILDRENS_CENTRE_WORKER,
                        StaffRole.EARLY_YEARS_PRACTITIONER, StaffRole.FAMILY_SUPPORT_WORKER, StaffRole.MIDWIFE), 12);
        int capacity = 14;
        List<Admission> admitted = admit(chosen, capacity, first.minusWeeks(6), 0);
        List<NominationRow> nominations = new ArrayList<>();
        CompletionRule rule = CompletionRule.ALL_SESSIONS;
        LocalDate last = sessions.get(sessions.size() - 1).date();
        AccreditationStage stage = Prerequisites.awarded(delivered(solihull, List.of("foundation-training")));
        for (int i = 0; i < admitted.size(); i++) {
            Admission a = admitted.get(i);
            if (i == admitted.size() - 1) {
                // Withdrew before the first day: caseload pressure, and said so.
                nominations.add(nomination(a, NominationStatus.WITHDRAWN, "Caseload pressure this term; will ask for"
                        + " the next foundation training", blank(sessions), null, null, null));
                continue;
            }
            List<Boolean> marks = new ArrayList<>(List.of(true, i != 3)); // one person missed the second day
            int attended = (int) marks.stream().filter(Boolean::booleanValue).count();
            CompletionRule.Outcome outcome = rule.assess(attended, sessions.size());
            AccreditationRow record = null;
            if (outcome.completed()) {
                LocalDate verifiedOn = earliest(last.plusDays(8), today);
                record = new AccreditationRow(a.person.employeeRef(), SOLIHULL, stage, last, null,
                        solihull.accreditingBody(), null, Origin.COHORT, MANAGER, verifiedOn, MANAGER);
                awarded.add(record);
            }
            nominations.add(nomination(a, a.status, null, marks,
                    outcome.completed() ? Nomination.Outcome.COMPLETED : Nomination.Outcome.NOT_COMPLETED,
                    outcome.reason(), record));
        }
        return cohort("Solihull Approach foundation training, " + monthYear(first), solihull,
                List.of("foundation-training"), "Wyvernside's registered Solihull Approach cascade trainers",
                "Riverside Children's Centre, community room", SOUTH, capacity, "EH-WFD-SOL", EventStatus.COMPLETED,
                null, sessions, nominations, rule.describe(), last.plusDays(1));
    }

    /** Triple P: three training days about six weeks ago (attendance taken), two accreditation days ahead. */
    private CohortRow runningTripleP() {
        Programme tripleP = programme(TRIPLE_P);
        LocalDate trainingStart = weekday(today.minusWeeks(6), DayOfWeek.TUESDAY);
        LocalDate accreditationStart = weekday(trainingStart.plusWeeks(8), DayOfWeek.WEDNESDAY);
        List<SessionRow> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(day(trainingStart.plusDays(i), "provider-training"));
        }
        for (int i = 0; i < 2; i++) {
            sessions.add(day(accreditationStart.plusDays(i), "accreditation"));
        }
        List<String> steps = List.of("provider-training", "accreditation");
        LocalDate nominatedFrom = trainingStart.minusWeeks(7);
        List<StaffRow> chosen = candidates(tripleP, steps, dates(sessions), nominatedFrom, person -> true,
                EnumSet.of(StaffRole.FAMILY_SUPPORT_WORKER, StaffRole.PARENTING_PRACTITIONER,
                        StaffRole.SOCIAL_WORKER, StaffRole.CHILDRENS_CENTRE_WORKER), 13);
        int capacity = cohortSize(tripleP, 16);
        List<NominationRow> nominations = new ArrayList<>();
        for (Admission a : admit(chosen, capacity, nominatedFrom, 0)) {
            List<Boolean> marks = new ArrayList<>(blank(sessions));
            for (int s = 0; s < sessions.size(); s++) {
                if (!sessions.get(s).date().isAfter(today.minusDays(1))) {
                    marks.set(s, !(nominations.size() == 5 && s == 1)); // one absence, so completion will tell her why
                }
            }
            nominations.add(nomination(a, a.status, null, marks, null, null, null));
        }
        return cohort("Triple P provider training and accreditation, " + monthYear(trainingStart), tripleP, steps,
                provider(tripleP), "Eastgate Children's Centre, training room", EAST, capacity, "EH-WFD-TPP",
                EventStatus.RUNNING, null, sessions, nominations, null, null);
    }

    /**
     * Incredible Years training for North in about six weeks: North's enrolled practitioners first, then
     * others, beyond the eight places a waitlist, and the staff user's own request awaiting approval.
     */
    private CohortRow openIncredibleYears() {
        Programme iy = programme(INCREDIBLE_YEARS);
        LocalDate first = weekday(today.plusWeeks(6), DayOfWeek.TUESDAY);
        List<SessionRow> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(day(first.plusDays(i), "training"));
        }
        List<String> steps = List.of("training");
        Predicate<StaffRow> north = person -> person.localityCodes().contains(NORTH);
        EnumSet<StaffRole> roles = EnumSet.of(StaffRole.FAMILY_SUPPORT_WORKER, StaffRole.PARENTING_PRACTITIONER,
                StaffRole.CHILDRENS_CENTRE_WORKER, StaffRole.HEALTH_VISITOR);
        // The borough's enrolled North practitioners (BoroughGenerator.enrolOnNextCourses) asked first.
        Map<String, LocalDate> enrolled = new LinkedHashMap<>();
        borough.accreditations().stream()
                .filter(row -> row.programmeId().equals(INCREDIBLE_YEARS) && row.stage() == AccreditationStage.ENROLLED)
                .forEach(row -> enrolled.put(row.employeeRef(), row.awardedOn()));
        int capacity = 8;
        List<StaffRow> pool = pool(iy, steps, dates(sessions), today.minusWeeks(7), north, roles);
        List<Admission> asked = new ArrayList<>();
        pool.stream().filter(person -> enrolled.containsKey(person.employeeRef()))
                .forEach(person -> asked.add(new Admission(person, enrolled.get(person.employeeRef()), null)));
        LocalDate later = today.minusDays(20);
        for (StaffRow person : pool) {
            if (asked.size() >= capacity + 2) {
                break;
            }
            if (!enrolled.containsKey(person.employeeRef())) {
                asked.add(new Admission(person, later, null));
                later = later.plusDays(2);
            }
        }
        asked.sort(java.util.Comparator.comparing(Admission::nominatedOn)
                .thenComparing(a -> a.person().employeeRef()));
        List<Admission> admitted = admitInOrder(asked, capacity);
        admitted.forEach(a -> occupy(a.person(), dates(sessions)));
        List<NominationRow> nominations = new ArrayList<>();
        admitted.forEach(a -> nominations.add(nomination(a, a.status, null, blank(sessions), null, null, null)));
        StaffRow jade = staffOf("staff");
        if (jade != null && eligible(jade, iy, steps, dates(sessions), today.minusDays(3))) {
            occupy(jade, dates(sessions));
            nominations.add(new NominationRow(jade.employeeRef(), NominationStatus.REQUESTED, null, true, "staff",
                    today.minusDays(3), null, null, blank(sessions), null, null, null));
        }
        return cohort("Incredible Years 3-day training, North, " + monthYear(first), iy, steps, provider(iy),
                "Kingsmead Children's Centre, training room", NORTH, capacity, "EH-WFD-IY", EventStatus.OPEN, null,
                sessions, nominations, null, null);
    }

    /** Training for Work with Parents: 22 weekly half-day sessions from the spring, for staff working towards Level 3. */
    private CohortRow plannedWorkWithParents() {
        Programme course = programme(WORK_WITH_PARENTS);
        LocalDate first = weekday(today.plusWeeks(10), DayOfWeek.WEDNESDAY);
        int weeks = course.step("course").map(TrainingStep::weeks).orElseThrow();
        List<SessionRow> sessions = SessionSeries.series(first, weeks, 7, SessionSeries.DAY_START, HALF_DAY_END,
                "course", true).stream().map(p -> new SessionRow(p.date(), p.startsAt(), p.endsAt(), p.stepId())).toList();
        List<StaffRow> chosen = candidates(course, List.of("course"), dates(sessions), today.minusWeeks(2),
                person -> person.professionalLevel() < 3 || person.role() == StaffRole.CHILDRENS_CENTRE_WORKER,
                EnumSet.of(StaffRole.CHILDRENS_CENTRE_WORKER, StaffRole.EARLY_YEARS_PRACTITIONER,
                        StaffRole.FAMILY_SUPPORT_WORKER), 5);
        List<NominationRow> nominations = new ArrayList<>();
        admit(chosen, 12, today.minusWeeks(2), 0).forEach(a -> nominations.add(
                nomination(a, a.status, null, blank(sessions), null, null, null)));
        return cohort("Training for Work with Parents, " + monthYear(first) + " start", course, List.of("course"),
                "Wyvernside Borough Council (in-house, " + course.accreditingBody() + " accredited)",
                "Wyvernside Early Help Hub", null, 12, "EH-WFD-TFWP", EventStatus.PLANNED, null, sessions,
                nominations, null, null);
    }

    /** Group Teen Triple P training for the West, cancelled when the trainer withdrew. */
    private CohortRow cancelledGroupTeen() {
        Programme teen = programme(GROUP_TEEN);
        LocalDate first = weekday(today.plusWeeks(4), DayOfWeek.MONDAY);
        List<String> steps = List.of("provider-training");
        List<SessionRow> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(day(first.plusDays(i), "provider-training"));
        }
        String why = "the trainer withdrew and no other date was available this term";
        List<StaffRow> chosen = candidates(teen, steps, dates(sessions), today.minusWeeks(5),
                person -> person.localityCodes().contains(WEST),
                EnumSet.of(StaffRole.FAMILY_SUPPORT_WORKER, StaffRole.PARENTING_PRACTITIONER, StaffRole.SOCIAL_WORKER,
                        StaffRole.SCHOOL_NURSE), 3);
        int capacity = cohortSize(teen, 16);
        List<NominationRow> nominations = new ArrayList<>();
        admit(chosen, capacity, today.minusWeeks(5), 0).forEach(a -> nominations.add(nomination(a,
                NominationStatus.CANCELLED, "The event was cancelled: " + why, blank(sessions), null, null, null)));
        return cohort("Group Teen Triple P provider training, West, " + monthYear(first), teen, steps, provider(teen),
                "Westbury Children's Centre", WEST, capacity, "EH-WFD-GTP", EventStatus.CANCELLED, why, sessions,
                nominations, null, null);
    }

    private CohortRow cohort(String title, Programme programme, List<String> steps, String provider, String venue,
                             String localityCode, int capacity, String budgetCode, EventStatus status, String reason,
                             List<SessionRow> sessions, List<NominationRow> nominations, String rule,
                             LocalDate completedOn) {
        Programme.TrainingCost cost = programme.trainingCost();
        boolean priced = cost != null && cost.pounds() != null && cost.basis() != null;
        // The catalogue's price where it gives one; otherwise the borough delivers in-house at no charge to
        // the training budget, rather than the demo inventing a price.
        return new CohortRow(title, programme.id(), steps, provider, venue, localityCode, capacity,
                priced ? cost.basis() : CostBasis.PER_COHORT, priced ? cost.pounds() : BigDecimal.ZERO, budgetCode, status,
                reason, sessions, nominations, rule, completedOn);
    }

    /** A person given a place, or put on the waitlist, in the order nominations arrived. */
    private record Admission(StaffRow person, LocalDate nominatedOn, NominationStatus status) {
    }

    /** Nominations on consecutive days from {@code from}, admitted as the app admits them; they become busy. */
    private List<Admission> admit(List<StaffRow> people, int capacity, LocalDate from, int spacing) {
        List<Admission> admissions = new ArrayList<>();
        LocalDate on = from;
        for (StaffRow person : people) {
            admissions.add(new Admission(person, on, null));
            on = on.plusDays(1 + spacing);
        }
        return admitInOrder(admissions, capacity);
    }

    private List<Admission> admitInOrder(List<Admission> admissions, int capacity) {
        List<Waitlist.Entry> entries = new ArrayList<>();
        List<Admission> admitted = new ArrayList<>();
        for (Admission a : admissions) {
            NominationStatus status = Waitlist.admit(entries, capacity);
            entries.add(new Waitlist.Entry(entries.size() + 1, entries.size() + 1, status, instant(a.nominatedOn)));
            admitted.add(new Admission(a.person, a.nominatedOn, status));
        }
        return admitted;
    }

    private NominationRow nomination(Admission a, NominationStatus status, String reason, List<Boolean> attendance,
                                     Nomination.Outcome outcome, String outcomeReason, AccreditationRow awarded) {
        boolean released = status == NominationStatus.CONFIRMED || outcome != null;
        return new NominationRow(a.person.employeeRef(), status, reason, false, MANAGER, a.nominatedOn, MANAGER,
                released ? earliest(a.nominatedOn.plusDays(3), today) : null, attendance, outcome, outcomeReason,
                awarded);
    }

    /**
     * Up to {@code count} people, in a seeded random order, who fit the roles and the filter, are in post from
     * the nomination to the last session, meet every prerequisite, hold no record of the programme yet (other
     * than enrolment), are not a demo user, and are on no other cohort (one course at a time is realistic).
     * The chosen become busy on the dates.
     */
    private List<StaffRow> candidates(Programme programme, List<String> steps, List<LocalDate> dates,
                                      LocalDate nominatedOn, Predicate<StaffRow> fits, Set<StaffRole> roles, int count) {
        List<StaffRow> pool = pool(programme, steps, dates, nominatedOn, fits, roles);
        List<StaffRow> chosen = List.copyOf(pool.subList(0, Math.min(count, pool.size())));
        chosen.forEach(person -> occupy(person, dates));
        return chosen;
    }

    /** Everyone {@link #candidates} could choose from, in a seeded random order; nobody is made busy. */
    private List<StaffRow> pool(Programme programme, List<String> steps, List<LocalDate> dates, LocalDate nominatedOn,
                                Predicate<StaffRow> fits, Set<StaffRole> roles) {
        List<StaffRow> pool = new ArrayList<>(staff.values().stream()
                .filter(person -> roles.contains(person.role()) && fits.test(person))
                .filter(person -> !usernames.containsKey(person.employeeRef()) && !busy.containsKey(person.employeeRef()))
                .filter(person -> eligible(person, programme, steps, dates, nominatedOn))
                .toList());
        Collections.shuffle(pool, random);
        return pool;
    }

    private boolean eligible(StaffRow person, Programme programme, List<String> steps, List<LocalDate> dates,
                             LocalDate nominatedOn) {
        LocalDate last = dates.get(dates.size() - 1);
        return person.activeOn(nominatedOn) && person.activeOn(dates.get(0)) && person.activeOn(last)
                && heldStages(person.employeeRef(), programme.id()).isEmpty()
                && Prerequisites.refusal(person.fullName(), programme, delivered(programme, steps),
                        heldStages(person.employeeRef(), programme.id())).isEmpty()
                && dates.stream().noneMatch(busy.getOrDefault(person.employeeRef(), Set.of())::contains);
    }

    /** The stages the person holds records at for the programme (trained, accredited), as the app counts them. */
    private Set<AccreditationStage> heldStages(String ref, String programmeId) {
        Set<AccreditationStage> held = new HashSet<>();
        for (List<AccreditationRow> rows : List.of(borough.accreditations(), awarded)) {
            rows.stream().filter(row -> row.employeeRef().equals(ref) && row.programmeId().equals(programmeId)
                            && (row.stage() == AccreditationStage.TRAINED || row.stage() == AccreditationStage.ACCREDITED))
                    .forEach(row -> held.add(row.stage()));
        }
        return held;
    }

    private void occupy(StaffRow person, List<LocalDate> dates) {
        busy.computeIfAbsent(person.employeeRef(), ref -> new HashSet<>()).addAll(dates);
    }

    // ---------------------------------------------------------------- delivery groups

    /** What a coordinator plans; {@code wanted} facilitators are looked for (fewer than the catalogue asks when short). */
    private record GroupPlan(String programmeId, int needLevel, String settingName, String localityCode,
                             DayOfWeek weekday, int preferredWeeksAhead, int wanted, String notes) {
    }

    /**
     * Four groups: Incredible Years at level 3 in the West (where most leaders senior enough for it work), Solihull at level 1 in the West, Group Teen Triple P
     * at level 2 in the South, and North's Incredible Years group with only its one certified leader. Each
     * starts on the first week, nearest the preferred one (in progress or soon), when enough people are
     * qualified on every session date; the borough supervises every 90 days and no session is booked ahead, so
     * a long group is staffable only once it is under way.
     */
    private List<GroupRow> groups() {
        List<GroupPlan> plans = List.of(
                new GroupPlan(INCREDIBLE_YEARS, 3, "Hollybank Children's Centre", WEST, DayOfWeek.TUESDAY, 1, 2,
                        "Referrals from the Family Safeguarding Team (South and West)"),
                new GroupPlan(SOLIHULL, 1, "Westbury Children's Centre", WEST, DayOfWeek.WEDNESDAY, 2, 2,
                        "Home visit to each family before the first session"),
                new GroupPlan(GROUP_TEEN, 2, "Southfields Children's Centre", SOUTH, DayOfWeek.THURSDAY, 3, 1,
                        "Evening group for parents of 12 to 16 year-olds"),
                new GroupPlan(INCREDIBLE_YEARS, 2, "Millbrook Children's Centre", NORTH, DayOfWeek.MONDAY, 1, 1,
                        "Co-leader needed: North's other Incredible Years practitioners are still training"));
        List<GroupRow> groups = new ArrayList<>();
        for (GroupPlan plan : plans) {
            groups.add(group(plan, groups));
        }
        return groups;
    }

    private GroupRow group(GroupPlan plan, List<GroupRow> planned) {
        Programme programme = programme(plan.programmeId());
        int sessions = programme.length() != null && programme.length().sessions() != null
                ? programme.length().sessions() : programme.length().weeks();
        List<Integer> offsets = new ArrayList<>();
        for (int weeks = plan.preferredWeeksAhead(); weeks >= -12; weeks--) {
            offsets.add(weeks);
        }
        for (int weeks = plan.preferredWeeksAhead() + 1; weeks <= plan.preferredWeeksAhead() + 4; weeks++) {
            offsets.add(weeks);
        }
        LocalDate fallback = start(plan, plan.preferredWeeksAhead());
        for (int weeks : offsets) {
            LocalDate start = start(plan, weeks);
            List<StaffRow> qualified = qualifiedThroughout(plan, SessionDates.weekly(start, sessions), planned, start,
                    sessions);
            if (qualified.size() >= plan.wanted()) {
                return groupRow(plan, start, sessions, qualified.subList(0, plan.wanted()));
            }
        }
        return groupRow(plan, fallback, sessions, qualifiedThroughout(plan, SessionDates.weekly(fallback, sessions),
                planned, fallback, sessions).stream().limit(plan.wanted()).toList());
    }

    private GroupRow groupRow(GroupPlan plan, LocalDate start, int sessions, List<StaffRow> facilitators) {
        GroupRow row = new GroupRow(plan.programmeId(), plan.needLevel(), plan.settingName(), plan.localityCode(),
                start, sessions, plan.notes(), facilitators.stream().map(StaffRow::employeeRef).toList());
        facilitators.forEach(person -> occupy(person, row.sessionDates()));
        return row;
    }

    private LocalDate start(GroupPlan plan, int weeksAhead) {
        return today.plusWeeks(weeksAhead).with(TemporalAdjusters.nextOrSame(plan.weekday()));
    }

    /**
     * People serving the locality whom the engine finds qualified on every date (the same question the
     * delivery-group service asks before an assignment), free of training and of other groups on those
     * dates, in a seeded random order.
     */
    private List<StaffRow> qualifiedThroughout(GroupPlan plan, List<LocalDate> dates, List<GroupRow> planned,
                                               LocalDate start, int sessions) {
        ProgrammeRules rules = ProgrammeRules.of(programme(plan.programmeId()));
        NeedLevel level = NeedLevel.of(plan.needLevel());
        Set<String> onOtherGroups = planned.stream()
                .filter(other -> !SessionDates.shared(start, sessions, other.startDate(), other.sessions()).isEmpty())
                .flatMap(other -> other.facilitatorRefs().stream()).collect(Collectors.toSet());
        List<StaffRow> qualified = new ArrayList<>(staff.values().stream()
                .filter(person -> person.localityCodes().contains(plan.localityCode()))
                .filter(person -> !onOtherGroups.contains(person.employeeRef()))
                .filter(person -> dates.stream().noneMatch(busy.getOrDefault(person.employeeRef(), Set.of())::contains))
                .filter(person -> dates.stream().allMatch(date ->
                        engine.assess(records.get(person.employeeRef()), rules, level, date).qualified()))
                .toList());
        Collections.shuffle(qualified, new Random(random.nextLong()));
        return qualified;
    }

    // ---------------------------------------------------------------- targets

    /**
     * The borough's targets: two Incredible Years leaders at need level 3 in every locality, three Triple P
     * practitioners at level 2 in the East, four Solihull practitioners at level 1 everywhere, and two SFSC
     * facilitators at level 1 in the South (which has none).
     */
    private List<TargetRow> targets() {
        return List.of(
                new TargetRow(INCREDIBLE_YEARS, 3, null, 2),
                new TargetRow(TRIPLE_P, 2, EAST, 3),
                new TargetRow(SOLIHULL, 1, null, 4),
                new TargetRow(SFSC, 1, SOUTH, 2));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The engine's snapshot of every person of the borough, with the records completed cohorts added, as
     * the app builds them from the database (ids are positions, which the verdicts do not depend on).
     */
    static Map<String, PractitionerRecord> practitionerRecords(DemoBorough borough, List<AccreditationRow> extra) {
        Map<String, List<AccreditationRow>> accreditations = new HashMap<>();
        for (List<AccreditationRow> rows : List.of(borough.accreditations(), extra)) {
            rows.forEach(row -> accreditations.computeIfAbsent(row.employeeRef(), ref -> new ArrayList<>()).add(row));
        }
        Map<String, List<PractitionerRecord.Supervision>> supervision = new HashMap<>();
        borough.supervision().forEach(s -> supervision.computeIfAbsent(s.superviseeRef(), ref -> new ArrayList<>())
                .add(new PractitionerRecord.Supervision(s.sessionDate(), s.kind(), s.programmeId())));
        Map<String, List<PractitionerRecord.DbsCheck>> dbs = new HashMap<>();
        borough.dbsChecks().forEach(d -> dbs.computeIfAbsent(d.employeeRef(), ref -> new ArrayList<>())
                .add(new PractitionerRecord.DbsCheck(d.issuedOn(), d.certificateNumber(), d.updateService())));
        Map<String, List<PractitionerRecord.SafeguardingTraining>> safeguarding = new HashMap<>();
        borough.safeguarding().forEach(s -> safeguarding.computeIfAbsent(s.employeeRef(), ref -> new ArrayList<>())
                .add(new PractitionerRecord.SafeguardingTraining(s.completedOn(), s.level())));
        Map<String, PractitionerRecord> records = new LinkedHashMap<>();
        long id = 1;
        for (StaffRow person : borough.staff()) {
            String ref = person.employeeRef();
            List<PractitionerRecord.Accreditation> held = new ArrayList<>();
            long recordId = 1;
            for (AccreditationRow row : accreditations.getOrDefault(ref, List.of())) {
                held.add(new PractitionerRecord.Accreditation(recordId++, row.programmeId(), row.stage(),
                        row.awardedOn(), row.expiresOn(), row.verified()));
            }
            records.put(ref, new PractitionerRecord(id++, person.fullName(), person.professionalLevel(),
                    person.startDate(), person.leaveDate(), held, supervision.getOrDefault(ref, List.of()),
                    dbs.getOrDefault(ref, List.of()), safeguarding.getOrDefault(ref, List.of())));
        }
        return records;
    }

    private Programme programme(String id) {
        Programme programme = catalogue.get(id);
        if (programme == null) {
            throw new IllegalArgumentException("The demo's training plans need " + id + " in the catalogue");
        }
        return programme;
    }

    private static List<TrainingStep> delivered(Programme programme, List<String> steps) {
        return Prerequisites.delivered(programme, steps);
    }

    private static String provider(Programme programme) {
        return programme.provider() != null ? programme.provider() : programme.accreditingBody();
    }

    private static int cohortSize(Programme programme, int otherwise) {
        Programme.TrainingCost cost = programme.trainingCost();
        return cost != null && cost.cohortSize() != null ? cost.cohortSize() : otherwise;
    }

    private StaffRow staffOf(String username) {
        return borough.user(username).map(DemoBorough.UserRow::employeeRef).flatMap(borough::staffMember).orElse(null);
    }

    private static SessionRow day(LocalDate date, String stepId) {
        return new SessionRow(date, SessionSeries.DAY_START, SessionSeries.DAY_END, stepId);
    }

    private static List<LocalDate> dates(List<SessionRow> sessions) {
        return sessions.stream().map(SessionRow::date).toList();
    }

    private static List<Boolean> blank(List<SessionRow> sessions) {
        return new ArrayList<>(Collections.nCopies(sessions.size(), (Boolean) null));
    }

    /** The given weekday in the week of {@code date} or after. */
    private static LocalDate weekday(LocalDate date, DayOfWeek day) {
        return date.with(TemporalAdjusters.nextOrSame(day));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant instant(LocalDate day) {
        return day.atTime(10, 0).atZone(Today.ZONE).toInstant();
    }

    private static String monthYear(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear();
    }
}
