package uk.facilitate.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme.TrainingStep;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.Hypothetical;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.cohort.core.Planner;
import uk.facilitate.cohort.core.Prerequisites;
import uk.facilitate.cohort.core.TrainingNeed;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.QualifiedInterval;
import uk.facilitate.qualification.service.PractitionerRecords;
import uk.facilitate.qualification.service.QualificationSettingsStore;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.StaffDirectory;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.staff.StaffRole;
import uk.facilitate.verification.Verification;

/**
 * The training needs analysis (staff × programmes, and who would qualify if trained) and the
 * gap-driven planner, for workforce managers. Records are loaded set-based
 * ({@link PractitionerRecords#load(Collection)}) and every "would qualify" is the real engine's answer.
 */
@ApplicationScoped
@Transactional
public class TrainingPlanning {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Today today;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private StaffDirectory directory;

    @Inject
    private PractitionerRecords records;

    @Inject
    private QualificationSettingsStore qualificationSettings;

    @Inject
    private CohortSettingsStore cohortSettings;

    @Inject
    private CohortService cohorts;

    // --- training needs analysis -------------------------------------------------------------

    public record Column(String programmeId, String name, String kind) {
    }

    public record Cell(String programmeId, TrainingNeed.Status status, String label, LocalDate until,
                       boolean pendingVerification) {
    }

    public record Row(long staffId, String name, String role, List<Cell> cells) {
    }

    /** One page of the matrix; staff who have started nothing appear too (every cell "not trained"). */
    public record Matrix(LocalDate on, int expiringSoonDays, List<Column> programmes, List<Row> rows, long total) {
    }

    public Matrix matrix(Long localityId, Long settingId, StaffRole role, LocalDate on, int first, int max) {
        access.requireManager("see the training needs analysis");
        LocalDate day = on == null ? today.date() : on;
        StaffDirectory.Filter filter = new StaffDirectory.Filter(null, null, settingId, localityId, role, null, null);
        List<StaffMember> page = directory.search(filter, first, max, "name", true);
        long total = directory.count(filter);
        List<Programme> programmes = catalogue.programmes();
        Map<Long, Map<String, List<TrainingNeed.Held>>> held = new HashMap<>();
        if (!page.isEmpty()) {
            em.createQuery("SELECT a FROM AccreditationRecord a WHERE a.staffId IN :ids", AccreditationRecord.class)
                    .setParameter("ids", page.stream().map(StaffMember::getId).toList()).getResultList()
                    .forEach(a -> held.computeIfAbsent(a.getStaffId(), k -> new HashMap<>())
                            .computeIfAbsent(a.getProgrammeId(), k -> new ArrayList<>())
                            .add(new TrainingNeed.Held(a.getStage(), a.getAwardedOn(), a.getExpiresOn(),
                                    a.getVerification() == Verification.VERIFIED,
                                    a.getVerification() == Verification.REJECTED)));
        }
        int soon = cohortSettings.current().expiringSoonDays();
        List<Row> rows = new ArrayList<>();
        for (StaffMember s : page) {
            List<Cell> cells = new ArrayList<>();
            for (Programme p : programmes) {
                TrainingNeed need = TrainingNeed.classify(held.getOrDefault(s.getId(), Map.of()).getOrDefault(p.id(), List.of()),
                        p.accreditation().validityMonths(), day, soon);
                cells.add(new Cell(p.id(), need.status(), need.status().label()
                        + (need.pendingVerification() ? " (pending verification)" : ""), need.until(), need.pendingVerification()));
            }
            rows.add(new Row(s.getId(), s.getFullName(), s.getRole() == null ? null : s.getRole().label(), cells));
        }
        return new Matrix(day, soon, programmes.stream().map(p -> new Column(p.id(), p.name(), p.kind().name())).toList(),
                rows, total);
    }

    /** A person who would newly qualify (or re-qualify) if trained, or why they would still not. */
    public record Candidate(long staffId, String name, boolean wouldQualify, boolean requalify, List<Integer> needLevels,
                            String explanation) {
    }

    public record Candidates(String programmeId, String programmeName, LocalDate on, List<Candidate> rows, long total,
                             long wouldQualify) {
    }

    /**
     * Per programme, the staff not qualified on {@code on} (optionally in one locality) and what training
     * would change: the engine's verdict with a hypothetical verified accredited record awarded that day.
     * Those who would qualify come first.
     */
    public Candidates candidates(String programmeId, Long localityId, LocalDate on, int first, int max) {
        access.requireManager("see who would qualify if trained");
        Programme programme = catalogue.require(programmeId);
        if (programme.kind() != Programme.Kind.PROGRAMME) {
            throw InvalidInput.of("programme", programme.name() + " is a course, not a facilitated programme");
        }
        LocalDate day = on == null ? today.date() : on;
        List<Long> ids = localityId == null
                ? em.createQuery("SELECT s.id FROM StaffMember s WHERE s.leaveDate IS NULL OR s.leaveDate >= :d ORDER BY s.id",
                        Long.class).setParameter("d", day).getResultList()
                : em.createQuery("SELECT s.id FROM StaffMember s WHERE :l MEMBER OF s.localityIds AND (s.leaveDate IS NULL"
                        + " OR s.leaveDate >= :d) ORDER BY s.id", Long.class).setParameter("l", localityId).setParameter("d", day)
                        .getResultList();
        QualificationSettings settings = qualificationSettings.current();
        QualificationEngine engine = new QualificationEngine(settings);
        ProgrammeRules rules = ProgrammeRules.of(programme);
        List<Candidate> rows = new ArrayList<>();
        // A date after today is asked on the expected basis: what is booked, and routine renewals kept up.
        Map<Long, ExpectedBasis.Booked> booked = day.isAfter(today.date()) ? records.booked(ids, today.date(), settings) : Map.of();
        for (PractitionerRecord held : records.load(ids).values()) {
            PractitionerRecord person = expected(held, booked.getOrDefault(held.staffId(), ExpectedBasis.Booked.NOTHING),
                    List.of(rules), settings, today.date(), day);
            Set<NeedLevel> now = levelsOn(engine, person, rules, day);
            if (!rules.needLevels().isEmpty() && now.containsAll(rules.needLevels())) {
                continue;
            }
            PractitionerRecord trained = Hypothetical.withRecord(person, programme.id(), AccreditationStage.ACCREDITED, day);
            Set<NeedLevel> after = levelsOn(engine, trained, rules, day);
            after.removeAll(now);
            boolean requalify = person.accreditations().stream().anyMatch(a -> a.programmeId().equals(programme.id())
                    && (a.stage() == AccreditationStage.ACCREDITED || a.stage() == AccreditationStage.LAPSED));
            if (!after.isEmpty()) {
                List<Integer> levels = after.stream().map(NeedLevel::number).sorted().toList();
                rows.add(new Candidate(person.staffId(), person.name(), true, requalify, levels,
                        (requalify ? "Would re-qualify" : "Would newly qualify") + " at need level"
                                + (levels.size() == 1 ? " " : "s ") + levels.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            } else {
                NeedLevel lowest = rules.needLevels().stream().filter(l -> !now.contains(l)).min(Comparator.naturalOrder()).orElse(null);
                String why = lowest == null ? "the catalogue gives no need levels for " + programme.name()
                        : String.join("; ", engine.assess(trained, rules, lowest, day).missing());
                rows.add(new Candidate(person.staffId(), person.name(), false, requalify, List.of(),
                        "Would still not qualify: " + why));
            }
        }
        rows.sort(Comparator.comparing((Candidate c) -> !c.wouldQualify()).thenComparing(Candidate::name)
                .thenComparingLong(Candidate::staffId));
        long qualifying = rows.stream().filter(Candidate::wouldQualify).count();
        List<Candidate> page = rows.subList(Math.min(first, rows.size()), Math.min(rows.size(), first + max));
        return new Candidates(programme.id(), programme.name(), day, List.copyOf(page), rows.size(), qualifying);
    }

    // --- the planner ------------------------------------------------------------------------

    /** A cover target; {@code localityId} null means each locality. */
    @Schema(name = "PlanTarget") // the simple name is taken by another type in the API
    public record TargetRequest(Long localityId, String programmeId, Integer needLevel, Integer minimum, LocalDate targetDate) {
    }

    /** What the manager asks: targets, a budget, and when new cohorts would start. */
    public record PlanRequest(List<TargetRequest> targets, BigDecimal budget, LocalDate newCohortStart,
                              Integer newCohortCapacity, String budgetCode) {
    }

    public record SuggestionView(long staffId, String name, String programmeId, String programmeName, Long eventId,
                                 Integer newCohort, String cohortTitle, BigDecimal cost, String explanation) {
    }

    public record NewCohortView(int number, String programmeId, String programmeName, LocalDate firstDate, LocalDate lastDate,
                                int sessions, int capacity, int places, String basis, BigDecimal pounds, BigDecimal cost) {
    }

    public record GapView(Long localityId, String localityName, String programmeId, String programmeName, int needLevel,
                          LocalDate targetDate, int target, int cover, int planned, int stillShort, boolean closed,
                          String reason) {
    }

    public record PlanView(List<SuggestionView> suggestions, List<NewCohortView> newCohorts, List<GapView> gaps,
                           BigDecimal budget, BigDecimal totalCost, boolean withinBudget, List<String> notes) {
    }

    public record AppliedPlan(PlanView plan, List<CohortApi.EventView> newCohorts, List<CohortApi.NominationView> nominations) {
    }

    public PlanView plan(PlanRequest request) {
        access.requireManager("plan training");
        return view(compute(request));
    }

    /**
     * Applies the plan computed now from the same request (deterministic, so it is the plan proposed if
     * nothing changed meanwhile): creates the new planned cohorts with draft sessions, and the nominations.
     */
    public AppliedPlan apply(PlanRequest request) {
        access.requireManager("apply a training plan");
        Computed computed = compute(request);
        Planner.Plan plan = computed.plan;
        Map<Integer, TrainingEvent> created = new LinkedHashMap<>();
        for (Planner.NewCohort cohort : plan.newCohorts()) {
            Programme programme = catalogue.require(cohort.programmeId());
            EventDetails details = new EventDetails(programme.name() + " (planned cohort " + cohort.number() + ", from "
                    + cohort.dates().get(0).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")) + ")",
                    programme.id(), programme.trainingPath().stream().map(TrainingStep::id).toList(), null, null, false, null,
                    cohort.capacity(), cohort.basis(), cohort.pounds(), request.budgetCode());
            CohortApi.EventView view = cohorts.create(details, List.of(), cohort.dates().get(0));
            created.put(cohort.number(), cohorts.require(view.id()));
        }
        List<CohortApi.NominationView> nominations = new ArrayList<>();
        Map<Long, List<Long>> byEvent = new LinkedHashMap<>();
        for (Planner.Suggestion s : plan.suggestions()) {
            long eventId = s.eventId() != null ? s.eventId() : created.get(s.newCohort()).getId();
            byEvent.computeIfAbsent(eventId, k -> new ArrayList<>()).add(s.staffId());
        }
        byEvent.forEach((eventId, staff) -> nominations.addAll(cohorts.placeFromPlan(cohorts.require(eventId), staff)));
        audit.record("PLAN_APPLIED", "TrainingPlan", null, plan.suggestions().size() + " nominations, "
                + plan.newCohorts().size() + " new cohorts, cost " + plan.totalCost());
        return new AppliedPlan(view(computed), cohorts.views(new ArrayList<>(created.values())), nominations);
    }

    private record Computed(Planner.Plan plan, Map<Long, String> localityNames) {
    }

    private Computed compute(PlanRequest request) {
        if (request == null || request.targets() == null || request.targets().isEmpty()) {
            throw InvalidInput.of("targets", "State at least one cover target");
        }
        if (request.budget() == null || request.budget().signum() < 0) {
            throw InvalidInput.of("budget", "Give the budget in pounds (0 or more)");
        }
        LocalDate today = this.today.date();
        LocalDate start = request.newCohortStart() == null ? today.plusWeeks(4) : request.newCohortStart();
        int capacity = request.newCohortCapacity() == null ? 16 : request.newCohortCapacity();
        if (capacity < 1 || capacity > 500) {
            throw InvalidInput.of("newCohortCapacity", "Give the places of a new cohort, from 1 to 500");
        }
        Map<Long, String> localityNames = new TreeMap<>();
        em.createQuery("SELECT l FROM Locality l ORDER BY l.id", Locality.class).getResultList()
                .forEach(l -> localityNames.put(l.getId(), l.getName()));
        List<Planner.Target> targets = new ArrayList<>();
        for (int i = 0; i < request.targets().size(); i++) {
            TargetRequest t = request.targets().get(i);
            String field = "targets[" + i + "]";
            if (t.programmeId() == null || !catalogue.isCurrent(t.programmeId())
                    || catalogue.require(t.programmeId()).kind() != Programme.Kind.PROGRAMME) {
                throw InvalidInput.of(field, "Choose a facilitated programme from the catalogue");
            }
            NeedLevel level;
            try {
                level = NeedLevel.of(t.needLevel() == null ? 0 : t.needLevel());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of(field, e.getMessage());
            }
            if (t.minimum() == null || t.minimum() < 1 || t.minimum() > 1000) {
                throw InvalidInput.of(field, "Give the minimum number of qualified facilitators, 1 or more");
            }
            if (t.targetDate() == null || t.targetDate().isBefore(today)) {
                throw InvalidInput.of(field, "Give a target date from today on");
            }
            if (t.localityId() != null && !localityNames.containsKey(t.localityId())) {
                throw InvalidInput.of(field, "No locality with id " + t.localityId());
            }
            Collection<Long> localities = t.localityId() == null ? localityNames.keySet() : List.of(t.localityId());
            for (long locality : localities) {
                targets.add(new Planner.Target(locality, localityNames.get(locality), t.programmeId(), level, t.minimum(),
                        t.targetDate()));
            }
        }
        Set<String> programmeIds = targets.stream().map(Planner.Target::programmeId).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<Long> targetLocalities = targets.stream().map(Planner.Target::localityId).collect(Collectors.toSet());

        Map<Long, Set<Long>> localitiesOf = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> served = em.createNativeQuery("SELECT sl.staff_id, sl.locality_id FROM staff_locality sl"
                + " JOIN staff_member s ON s.id = sl.staff_id WHERE (s.leave_date IS NULL OR s.leave_date >= ?) AND sl.locality_id IN ("
                + targetLocalities.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .setParameter(1, today).getResultList();
        served.forEach(r -> localitiesOf.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).longValue()));

        Map<String, ProgrammeRules> rules = new HashMap<>();
        Map<String, Planner.Offer> offers = new HashMap<>();
        for (String id : programmeIds) {
            Programme programme = catalogue.require(id);
            rules.put(id, ProgrammeRules.of(programme));
            Planner.Offer.of(programme, start, capacity).ifPresent(offer -> offers.put(id, offer));
        }
        QualificationSettings settings = qualificationSettings.current();
        QualificationEngine engine = new QualificationEngine(settings);
        Map<Long, PractitionerRecord> held = records.load(new java.util.TreeSet<>(localitiesOf.keySet()));
        // Targets after today are planned on the expected basis: what is booked, and routine renewals kept up.
        LocalDate latest = targets.stream().map(Planner.Target::targetDate).max(Comparator.naturalOrder()).orElse(today);
        Map<Long, ExpectedBasis.Booked> booked = records.booked(held.keySet(), today, settings);
        List<Planner.Person> people = held.values().stream().map(r -> new Planner.Person(r.staffId(), r.name(),
                Set.copyOf(localitiesOf.get(r.staffId())), expected(r, booked.getOrDefault(r.staffId(),
                        ExpectedBasis.Booked.NOTHING), rules.values(), settings, today, latest))).toList();
        List<Integer> cover = targets.stream().map(t -> (int) people.stream()
                .filter(p -> p.localityIds().contains(t.localityId()))
                .filter(p -> engine.assess(t.targetDate().isAfter(today) ? p.record() : held.get(p.staffId()),
                        rules.get(t.programmeId()), t.level(), t.targetDate()).qualified())
                .count()).toList();
        return new Computed(new Planner(engine).plan(new Planner.Input(
                targets, cover, people, rules, offers, openCohorts(programmeIds), busyDates(), alreadyNominated(),
                request.budget())), localityNames);
    }

    /** A person's record as expected up to {@code until}: bookings, and renewals within reach for each programme. */
    private static PractitionerRecord expected(PractitionerRecord held, ExpectedBasis.Booked booked,
                                               Collection<ProgrammeRules> programmes, QualificationSettings settings,
                                               LocalDate today, LocalDate until) {
        if (!until.isAfter(today)) {
            return held;
        }
        PractitionerRecord record = held;
        ExpectedBasis.Booked toAdd = booked;
        for (ProgrammeRules programme : programmes) {
            record = ExpectedBasis.assume(record, toAdd, programme, settings, today, until);
            toAdd = ExpectedBasis.Booked.NOTHING; // added once; each programme adds its own supervision renewals
        }
        return record;
    }

    /** Planned and open cohorts of these programmes with free places. */
    private List<Planner.Cohort> openCohorts(Set<String> programmeIds) {
        List<TrainingEvent> events = em.createQuery("SELECT e FROM TrainingEvent e WHERE e.status IN :statuses"
                        + " AND e.programmeId IN :programmes ORDER BY e.id", TrainingEvent.class)
                .setParameter("statuses", EnumSet.of(EventStatus.PLANNED, EventStatus.OPEN))
                .setParameter("programmes", programmeIds).getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(TrainingEvent::getId).toList();
        Map<Long, List<LocalDate>> dates = new HashMap<>();
        em.createQuery("SELECT s.eventId, s.date FROM TrainingSession s WHERE s.eventId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> dates.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]));
        Map<Long, Long> confirmed = new HashMap<>();
        em.createQuery("SELECT n.eventId, COUNT(n) FROM Nomination n WHERE n.eventId IN :ids AND n.status = :c GROUP BY n.eventId",
                        Object[].class).setParameter("ids", ids).setParameter("c", NominationStatus.CONFIRMED).getResultList()
                .forEach(r -> confirmed.put((Long) r[0], (Long) r[1]));
        List<Planner.Cohort> cohorts = new ArrayList<>();
        for (TrainingEvent e : events) {
            int free = e.getCapacity() - confirmed.getOrDefault(e.getId(), 0L).intValue();
            if (free <= 0 || !dates.containsKey(e.getId())) {
                continue;
            }
            Programme programme = catalogue.require(e.getProgrammeId());
            List<TrainingStep> delivered = Prerequisites.delivered(programme, e.getSteps());
            AccreditationStage needs = delivered.stream().flatMap(step -> step.prerequisites().stream())
                    .filter(id -> !e.getSteps().contains(id))
                    .map(id -> programme.step(id).orElseThrow().awards())
                    .max(Comparator.naturalOrder()).orElse(null);
            cohorts.add(new Planner.Cohort(e.getId(), e.getTitle(), e.getProgrammeId(), free, e.getCostBasis(), e.getCostPounds(),
                    Prerequisites.awarded(delivered), needs, dates.get(e.getId())));
        }
        return cohorts;
    }

    private Map<Long, Set<LocalDate>> busyDates() {
        Map<Long, Set<LocalDate>> busy = new HashMap<>();
        em.createQuery("SELECT n.staffId, s.date FROM Nomination n, TrainingEvent e, TrainingSession s WHERE e.id = n.eventId"
                        + " AND s.eventId = e.id AND n.status IN :active AND e.status NOT IN :closed", Object[].class)
                .setParameter("active", CohortService.ACTIVE)
                .setParameter("closed", EnumSet.of(EventStatus.CANCELLED, EventStatus.COMPLETED)).getResultList()
                .forEach(r -> busy.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((LocalDate) r[1]));
        return busy;
    }

    private Map<String, Set<Long>> alreadyNominated() {
        Map<String, Set<Long>> nominated = new HashMap<>();
        em.createQuery("SELECT e.programmeId, n.staffId FROM Nomination n, TrainingEvent e WHERE e.id = n.eventId"
                        + " AND n.status IN :active AND e.status NOT IN :closed", Object[].class)
                .setParameter("active", CohortService.ACTIVE)
                .setParameter("closed", EnumSet.of(EventStatus.CANCELLED, EventStatus.COMPLETED)).getResultList()
                .forEach(r -> nominated.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((Long) r[1]));
        return nominated;
    }

    private PlanView view(Computed computed) {
        Planner.Plan plan = computed.plan;
        List<SuggestionView> suggestions = plan.suggestions().stream().map(s -> new SuggestionView(s.staffId(), s.name(),
                s.programmeId(), catalogue.nameOf(s.programmeId()), s.eventId(), s.newCohort(), s.cohortTitle(), s.cost(),
                s.explanation())).toList();
        List<NewCohortView> newCohorts = plan.newCohorts().stream().map(c -> new NewCohortView(c.number(), c.programmeId(),
                c.programmeName(), c.dates().get(0), c.dates().get(c.dates().size() - 1), c.dates().size(), c.capacity(),
                c.places(), c.basis().name(), c.pounds(), c.cost())).toList();
        List<GapView> gaps = plan.gaps().stream().map(g -> new GapView(g.target().localityId(), g.target().localityName(),
                g.target().programmeId(), catalogue.nameOf(g.target().programmeId()), g.target().level().number(),
                g.target().targetDate(), g.target().minimum(), g.cover(), g.planned(), g.stillShort(), g.closed(), g.reason()))
                .toList();
        List<String> notes = new ArrayList<>();
        notes.add("Cover on each target date is counted on the expected basis: the records held, what is booked, and"
                + " supervision, DBS re-checks and safeguarding refreshes renewed on schedule where they are current or"
                + " less than one renewal period overdue. Accreditations that expire and people who leave before then"
                + " are counted out.");
        if (plan.suggestions().stream().anyMatch(s -> s.eventId() != null && s.cost().signum() == 0)) {
            notes.add("Free places in planned or open per-cohort priced cohorts cost nothing more: their price is already"
                    + " committed (shown in costs as forecast or committed spend).");
        }
        return new PlanView(suggestions, newCohorts, gaps, plan.budget(), plan.totalCost(), plan.withinBudget(), notes);
    }

    private static Set<NeedLevel> levelsOn(QualificationEngine engine, PractitionerRecord person, ProgrammeRules rules,
                                           LocalDate day) {
        Set<NeedLevel> levels = EnumSet.noneOf(NeedLevel.class);
        Map<NeedLevel, List<QualifiedInterval>> intervals = engine.qualifiedIntervalsByLevel(person, rules, day, day);
        intervals.forEach((level, runs) -> {
            if (runs.stream().anyMatch(r -> r.contains(day))) {
                levels.add(level);
            }
        });
        return levels;
    }

}
