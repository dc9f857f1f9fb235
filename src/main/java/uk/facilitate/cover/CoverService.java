package uk.facilitate.cover;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.facilitate.booking.Booking;
import uk.facilitate.booking.BookingService;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.qualification.EndKind;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.Rule;
import uk.facilitate.qualification.Verdict;
import uk.facilitate.qualification.service.QualificationIndex;
import uk.facilitate.qualification.service.QualificationService;
import uk.facilitate.qualification.service.QualificationSettingsStore;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.NotFound;

/**
 * Cover for coordinators and managers: the matrix on a date, forecasts with the reasons cells fall,
 * one cell's people, and the targets. Coordinators see only their own localities; managers and
 * administrators see everything and set the targets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverService {

    /** Most dates one forecast may ask for. */
    public static final int MAX_FORECAST_DATES = 60;

    /**
     * Most falls one forecast explains, the earliest first; the rest are counted. A national forecast
     * can have tens of thousands, which nobody reads, and explaining them all costs seconds.
     */
    public static final int MAX_EXPLAINED_FALLS = 500;

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;


    @Inject
    private Catalogue catalogue;

    @Inject
    private CoverQueries queries;

    @Inject
    private BookingService bookings;

    @Inject
    private QualificationService qualifications;

    @Inject
    private QualificationSettingsStore qualificationSettings;

    @Inject
    private uk.facilitate.qualification.service.PractitionerRecords records;

    @Inject
    private uk.facilitate.shared.Today today;

    /** Days ahead in which a lapse turns a cell that meets its target amber. */
    @Inject
    @ConfigProperty(name = "facilitate.cover.lapseWarningDays", defaultValue = "90")
    private int lapseWarningDays;

    /**
     * What the matrix is filtered by; any may be {@code null}. {@code bySetting} makes the columns
     * settings instead of localities.
     */
    public record Filters(String programmeId, Integer needLevel, Long localityId, Long organisationId,
                          boolean bySetting) {
        public static Filters none() {
            return new Filters(null, null, null, null, false);
        }
    }

    /**
     * A person counted in a cell.
     *
     * @param lapsesSoon  whether their run ends within the warning period
     * @param endKind     how it ends, HARD or RENEWAL; {@code null} with no end date
     * @param ending      what ends it, e.g. "supervision falls due"; {@code null} with no end date
     * @param toBook      for a renewal due soon, what must happen by when and whether it is booked:
     *                    "supervision due by 14/02/2027 (booked 10/02/2027)"; {@code null} otherwise
     */
    @Schema(name = "CellFacilitator") // the simple name is taken by another type in the API
    public record Facilitator(long staffId, String name, String role, LocalDate qualifiedUntil, boolean lapsesSoon,
                              String endKind, String ending, String toBook) {
        /**
         * "(lapsing soon: accreditation expires)" or "(renewal due: supervision due by 14/02/2027, not booked)";
         * empty when not soon.
         */
        public String soonNote() {
            if (!lapsesSoon || endKind == null) {
                return "";
            }
            return EndKind.valueOf(endKind) == EndKind.HARD ? "(lapsing soon: " + ending + ")"
                    : "(renewal due: " + (toBook != null ? toBook : ending) + ")";
        }
    }

    /** One cell with the people in it. */
    public record CellDetail(LocalDate on, CoverRow row, CoverColumn column, CoverMatrix.Cell cell,
                             List<Facilitator> people) {
    }

    /** A target as the API and the targets page show it, with names. */
    public record TargetView(long id, String programmeId, String programmeName, Integer needLevel, Long localityId,
                             String localityName, int target, long version) {
    }

    public int lapseWarningDays() {
        return lapseWarningDays;
    }

    // ------------------------------------------------------------------ matrix

    public CoverMatrix matrix(LocalDate on, Filters filters) {
        access.requireCoverReader();
        requireDate("on", on);
        Shape shape = shape(filters);
        CoverMatrix matrix = new CoverMatrix(on, lapseWarningDays, filters.bySetting(), shape.rows, shape.columns);
        if (!shape.columns.isEmpty() && !shape.rows.isEmpty()) {
            for (Object[] row : queries.counts(shape.scope, on, on.plusDays(lapseWarningDays),
                    qualificationSettings.current().renewable())) {
                Integer r = shape.rowIndex.get(row[0] + ":" + ((Number) row[1]).intValue());
                Integer c = shape.columnIndex.get(((Number) row[2]).longValue());
                if (r != null && c != null) {
                    matrix.add(r, c, ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                            ((Number) row[5]).intValue());
                }
            }
            if (on.isAfter(today.date())) {
                expected(matrix, shape, on);
            }
        }
        CoverTargets targets = targets();
        for (int r = 0; r < shape.rows.size(); r++) {
            CoverRow row = shape.rows.get(r);
            for (int c = 0; c < shape.columns.size(); c++) {
                matrix.target(r, c, targets.targetFor(row.programmeId(), row.needLevel(), shape.columns.get(c).localityId()));
            }
        }
        return matrix;
    }

    /** The people counted in one cell, with the last day each stays qualified. */
    public CellDetail cell(LocalDate on, String programmeId, Integer needLevel, long columnId, Filters filters) {
        access.requireCoverReader();
        requireDate("on", on);
        if (programmeId == null || programmeId.isBlank()) {
            throw InvalidInput.of("programme", "Give the programme id, e.g. programme=incredible-years");
        }
        if (needLevel == null) {
            throw InvalidInput.of("needLevel", "Give the need level, 1 to 4");
        }
        // One cell is asked for often (every drill-down): validate just it, without the whole matrix's shape.
        Programme programme = facilitated(catalogue, programmeId);
        if (programme == null) {
            throw InvalidInput.of("programme", "'" + programmeId + "' is not a facilitated programme in the catalogue");
        }
        if (needLevel < 1 || needLevel > 4 || !programme.serves(NeedLevel.of(needLevel))) {
            throw InvalidInput.of("needLevel", programme.name() + " does not serve need level " + needLevel);
        }
        CoverColumn column = column(columnId, filters.bySetting());
        Set<Long> visible = access.isManager() ? null : access.coordinatorLocalities();
        if (visible != null && (column.localityId() == null || !visible.contains(column.localityId()))) {
            throw new Forbidden("You can see cover only for your own localities");
        }
        CoverRow row = new CoverRow(programme.id(), programme.name(), NeedLevel.of(needLevel));
        LocalDate lapseBy = on.plusDays(lapseWarningDays);
        Set<Rule> renewable = qualificationSettings.current().renewable();
        List<Facilitator> people = new ArrayList<>();
        int lapsing = 0;
        int renewing = 0;
        CoverQueries.Scope scope = new CoverQueries.Scope(row.programmeId(), row.needLevel().number(),
                filters.organisationId(), filters.bySetting(), Set.of(columnId));
        List<CoverQueries.Person> counted = queries.people(scope, on, columnId);
        // Renewals falling due soon, with what each person has booked to meet them (one query for the cell).
        Set<Long> renewingSoon = new LinkedHashSet<>();
        for (CoverQueries.Person p : counted) {
            List<Rule> causes = QualificationIndex.decodeCauses(p.endCauses());
            if (p.until().isBefore(lapseBy) && !causes.isEmpty() && EndKind.of(causes, renewable) == EndKind.RENEWAL) {
                renewingSoon.add(p.staffId());
            }
        }
        Map<Long, List<Booking>> booked = new HashMap<>();
        bookings.openBookings(renewingSoon, on).forEach(b -> booked.computeIfAbsent(b.getStaffId(), k -> new ArrayList<>())
                .add(b));
        for (CoverQueries.Person p : counted) {
            boolean soon = p.until().isBefore(lapseBy);
            List<Rule> causes = QualificationIndex.decodeCauses(p.endCauses());
            EndKind kind = causes.isEmpty() ? null : EndKind.of(causes, renewable);
            lapsing += soon && kind == EndKind.HARD ? 1 : 0;
            renewing += soon && kind == EndKind.RENEWAL ? 1 : 0;
            boolean open = QualificationIndex.OPEN_END.equals(p.until());
            String toBook = soon && kind == EndKind.RENEWAL
                    ? toBook(causes, p.until(), row.programmeId(), booked.getOrDefault(p.staffId(), List.of())) : null;
            people.add(new Facilitator(p.staffId(), p.givenName() + " " + p.familyName(), GroupQueries.roleLabel(p.role()),
                    open ? null : p.until(), soon, open || kind == null ? null : kind.name(),
                    open || kind == null ? null : CoverWording.and(causes.stream().map(Rule::whenLost).toList()), toBook));
        }
        Integer target = targets().targetFor(row.programmeId(), row.needLevel(), column.localityId());
        return new CellDetail(on, row, column,
                new CoverMatrix.Cell(people.size(), target, lapsing, renewing, CoverStatus.of(people.size(), target, lapsing), null),
                people);
    }

    /**
     * "supervision due by 14/02/2027 (booked 10/02/2027)", "DBS re-check due by 01/03/2027 (not booked)": for
     * each renewal falling due, the first booking that can meet it (general or this programme's supervision).
     */
    static String toBook(List<Rule> causes, LocalDate lastDay, String programmeId, List<Booking> bookings) {
        List<String> parts = new ArrayList<>();
        for (Rule cause : causes) {
            Booking.Renewal renewal = Renewals.of(cause);
            if (renewal != null) {
                parts.add(renewal.label() + " due by " + CoverWording.date(lastDay) + " ("
                        + Renewals.booking(renewal, lastDay, programmeId, bookings) + ")");
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** A locality, or a setting with its locality, as a column; 404 when there is none. */
    private CoverColumn column(long id, boolean setting) {
        if (setting) {
            uk.facilitate.staff.Setting s = em.find(uk.facilitate.staff.Setting.class, id);
            if (s == null) {
                throw new NotFound("No setting with id " + id);
            }
            return new CoverColumn(id, s.getName(), s.getLocalityId());
        }
        uk.facilitate.staff.Locality l = em.find(uk.facilitate.staff.Locality.class, id);
        if (l == null) {
            throw new NotFound("No locality with id " + id);
        }
        return new CoverColumn(id, l.getName(), id);
    }

    /** One person's explained verdict for a programme and need level 1–4, served or not (the drill-down's "why"). */
    public Verdict verdict(long staffId, String programmeId, int needLevel, LocalDate on) {
        access.requireCoverReader();
        requireDate("on", on);
        NeedLevel level;
        try {
            level = NeedLevel.of(needLevel);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("needLevel", e.getMessage());
        }
        return qualifications.verdictOf(staffId, programmeId, level, on);
    }

    // ------------------------------------------------------------------ forecast

    public CoverForecast forecast(List<LocalDate> dates, Filters filters) {
        access.requireCoverReader();
        if (dates == null || dates.isEmpty()) {
            throw InvalidInput.of("from", "Give the dates to forecast");
        }
        if (dates.size() > MAX_FORECAST_DATES) {
            throw InvalidInput.of("step", "A forecast covers at most " + MAX_FORECAST_DATES
                    + " dates; choose a longer step or a shorter period");
        }
        List<LocalDate> sorted = new ArrayList<>(new java.util.TreeSet<>(dates));
        Shape shape = shape(filters);
        // The chart's totals come from another table and take about as long as the counts: the database
        // works on both at once.
        java.util.concurrent.Future<List<Object[]>> programmeTotals = shape.rows.isEmpty() || shape.columns.isEmpty()
                ? null : queries.programmeTotalsInBackground(shape.scope, sorted);
        int columns = shape.columns.size();
        int n = sorted.size();
        int[] counts = new int[shape.rows.size() * columns * n];
        Integer[] targets = new Integer[shape.rows.size() * columns];
        List<CoverForecast.CellFall> falls = new ArrayList<>();
        List<CoverForecast.ProgrammeSeries> totals = new ArrayList<>();
        if (columns == 0 || shape.rows.isEmpty()) {
            return new CoverForecast(sorted, shape.rows, shape.columns, filters.bySetting(), counts, targets, falls, 0,
                    totals);
        }
        for (Object[] row : queries.forecastCounts(shape.scope, sorted)) {
            Integer r = shape.rowIndex.get(row[0] + ":" + ((Number) row[1]).intValue());
            Integer c = shape.columnIndex.get(((Number) row[2]).longValue());
            if (r != null && c != null) {
                for (int k = 0; k < n; k++) {
                    counts[(r * columns + c) * n + k] = ((Number) row[3 + k]).intValue();
                }
            }
        }
        CoverTargets resolver = targets();
        Map<String, int[]> fallingCells = new LinkedHashMap<>();
        int fallingTotal;
        Set<String> fallingRows = new LinkedHashSet<>();
        Set<Long> fallingColumns = new LinkedHashSet<>();
        for (int r = 0; r < shape.rows.size(); r++) {
            CoverRow row = shape.rows.get(r);
            for (int c = 0; c < columns; c++) {
                Integer target = resolver.targetFor(row.programmeId(), row.needLevel(), shape.columns.get(c).localityId());
                targets[r * columns + c] = target;
                int[] series = java.util.Arrays.copyOfRange(counts, (r * columns + c) * n, (r * columns + c + 1) * n);
                int step = ForecastExplainer.firstFall(series, target);
                if (step > 0) {
                    fallingCells.put(row.programmeId() + ":" + row.needLevel().number() + ":" + shape.columns.get(c).id(),
                            new int[] {r, c, step});
                }
            }
        }
        fallingTotal = fallingCells.size();
        if (fallingCells.size() > MAX_EXPLAINED_FALLS) {
            // the cells that fall soonest
            List<Map.Entry<String, int[]>> soonest = new ArrayList<>(fallingCells.entrySet());
            soonest.sort(java.util.Comparator.comparingInt(e -> e.getValue()[2]));
            fallingCells = new LinkedHashMap<>();
            for (Map.Entry<String, int[]> e : soonest.subList(0, MAX_EXPLAINED_FALLS)) {
                fallingCells.put(e.getKey(), e.getValue());
            }
        }
        for (int[] rc : fallingCells.values()) {
            CoverRow row = shape.rows.get(rc[0]);
            fallingRows.add(row.programmeId() + ":" + row.needLevel().number());
            fallingColumns.add(shape.columns.get(rc[1]).id());
        }
        if (!fallingCells.isEmpty()) {
            Set<Rule> renewable = qualificationSettings.current().renewable();
            Map<String, List<ForecastExplainer.Run>> runs = new HashMap<>();
            for (CoverQueries.CellRun run : queries.changingRuns(shape.scope, sorted.get(0), sorted.get(n - 1),
                    fallingRows, fallingColumns)) {
                String key = run.programmeId() + ":" + run.needLevel() + ":" + run.columnId();
                if (fallingCells.containsKey(key)) {
                    runs.computeIfAbsent(key, k -> new ArrayList<>()).add(new ForecastExplainer.Run(run.from(),
                            QualificationIndex.OPEN_END.equals(run.until()) ? null : run.until(),
                            QualificationIndex.decodeCauses(run.endCauses())));
                }
            }
            fallingCells.forEach((key, rc) -> {
                int r = rc[0];
                int c = rc[1];
                int[] series = java.util.Arrays.copyOfRange(counts, (r * columns + c) * n, (r * columns + c + 1) * n);
                for (ForecastExplainer.Fall fall : ForecastExplainer.explain(sorted, series, targets[r * columns + c],
                        runs.getOrDefault(key, List.of()), renewable)) {
                    falls.add(new CoverForecast.CellFall(shape.rows.get(r), shape.columns.get(c), fall));
                }
            });
            falls.sort(java.util.Comparator.comparing((CoverForecast.CellFall f) -> f.fall().toDate())
                    .thenComparing(f -> f.column().name()).thenComparing(f -> f.row().programmeName())
                    .thenComparing(f -> f.row().needLevel()));
        }
        Map<String, String> names = new LinkedHashMap<>();
        shape.rows.forEach(row -> names.putIfAbsent(row.programmeId(), row.programmeName()));
        Map<String, int[]> byProgramme = new HashMap<>();
        for (Object[] row : result(programmeTotals)) {
            int[] series = new int[n];
            for (int k = 0; k < n; k++) {
                series[k] = ((Number) row[1 + k]).intValue();
            }
            byProgramme.put((String) row[0], series);
        }
        names.forEach((id, name) -> totals.add(new CoverForecast.ProgrammeSeries(id, name,
                byProgramme.getOrDefault(id, new int[n]))));
        return new CoverForecast(sorted, shape.rows, shape.columns, filters.bySetting(), counts, targets, falls,
                fallingTotal, totals);
    }

    private static List<Object[]> result(java.util.concurrent.Future<List<Object[]>> rows) {
        try {
            return rows.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting the forecast's totals", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    // ------------------------------------------------------------------ targets

    public List<TargetView> targetList() {
        access.requireCoverReader();
        Map<Long, String> localityNames = localityNames();
        return em.createQuery("SELECT t FROM CoverTarget t ORDER BY t.programmeId, t.needLevel, t.localityId",
                        CoverTarget.class).getResultList().stream()
                .map(t -> view(t, localityNames)).toList();
    }

    /** Sets a new target; a target for the same programme, need level and locality must not exist yet. */
    @Transactional
    public TargetView addTarget(String programmeId, Integer needLevel, Long localityId, Integer count) {
        access.requireManager("set cover targets");
        validateTarget(programmeId, needLevel, localityId, count);
        Long existing = em.createQuery("SELECT COUNT(t) FROM CoverTarget t WHERE t.programmeId = :p"
                        + " AND (t.needLevel = :l OR (t.needLevel IS NULL AND :l IS NULL))"
                        + " AND (t.localityId = :loc OR (t.localityId IS NULL AND :loc IS NULL))", Long.class)
                .setParameter("p", programmeId).setParameter("l", needLevel).setParameter("loc", localityId)
                .getSingleResult();
        if (existing > 0) {
            throw InvalidInput.of("programme", "A target for this programme, need level and locality already exists;"
                    + " change that one instead");
        }
        CoverTarget target = new CoverTarget(programmeId, needLevel, localityId);
        target.set(count, access.userName(), Instant.now());
        em.persist(target);
        em.flush();
        audit.record("COVER_TARGET_ADDED", "CoverTarget", target.getId(), describe(target));
        return view(target, localityNames());
    }

    @Transactional
    public TargetView changeTarget(long id, Integer count, long expectedVersion) {
        access.requireManager("set cover targets");
        CoverTarget target = requireTarget(id);
        if (target.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Someone else changed this target since you opened it; reload and try again");
        }
        validateTarget(target.getProgrammeId(), target.getNeedLevel(), target.getLocalityId(), count);
        target.set(count, access.userName(), Instant.now());
        em.flush();
        audit.record("COVER_TARGET_CHANGED", "CoverTarget", id, describe(target));
        return view(target, localityNames());
    }

    @Transactional
    public void removeTarget(long id, long expectedVersion) {
        access.requireManager("set cover targets");
        CoverTarget target = requireTarget(id);
        if (target.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Someone else changed this target since you opened it; reload and try again");
        }
        audit.record("COVER_TARGET_REMOVED", "CoverTarget", id, describe(target));
        em.remove(target);
    }

    private CoverTarget requireTarget(long id) {
        CoverTarget target = em.find(CoverTarget.class, id);
        if (target == null) {
            throw new NotFound("No cover target with id " + id);
        }
        return target;
    }

    private void validateTarget(String programmeId, Integer needLevel, Long localityId, Integer count) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        Programme programme = null;
        if (programmeId == null || programmeId.isBlank()) {
            problems.add(new InvalidInput.Problem("programme", "Choose the programme"));
        } else {
            programme = facilitated(catalogue, programmeId);
            if (programme == null) {
                problems.add(new InvalidInput.Problem("programme", "'" + programmeId
                        + "' is not a facilitated programme in the catalogue"));
            }
        }
        if (needLevel != null) {
            if (needLevel < 1 || needLevel > 4) {
                problems.add(new InvalidInput.Problem("needLevel", "Need level must be 1, 2, 3 or 4, or empty for every level"));
            } else if (programme != null && !programme.serves(NeedLevel.of(needLevel))) {
                problems.add(new InvalidInput.Problem("needLevel", programme.name() + " does not serve need level " + needLevel));
            }
        }
        if (localityId != null && em.find(uk.facilitate.staff.Locality.class, localityId) == null) {
            problems.add(new InvalidInput.Problem("locality", "No locality with id " + localityId));
        }
        if (count == null || count < 0 || count > 1000) {
            problems.add(new InvalidInput.Problem("target", "The target is a number of facilitators from 0 to 1000"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private String describe(CoverTarget t) {
        return t.getProgrammeId() + " level " + (t.getNeedLevel() == null ? "all" : t.getNeedLevel()) + " locality "
                + (t.getLocalityId() == null ? "all" : t.getLocalityId()) + ": " + t.getTargetCount();
    }

    private TargetView view(CoverTarget t, Map<Long, String> localityNames) {
        return new TargetView(t.getId(), t.getProgrammeId(), catalogue.nameOf(t.getProgrammeId()), t.getNeedLevel(),
                t.getLocalityId(), t.getLocalityId() == null ? null : localityNames.get(t.getLocalityId()),
                t.getTargetCount(), t.getVersion());
    }

    /** Targets as set plus the catalogue's facilitators per group. */
    CoverTargets targets() {
        List<CoverTargets.Target> set = em.createQuery("SELECT t FROM CoverTarget t", CoverTarget.class).getResultList()
                .stream().map(t -> new CoverTargets.Target(t.getProgrammeId(),
                        t.getNeedLevel() == null ? null : NeedLevel.of(t.getNeedLevel()), t.getLocalityId(),
                        t.getTargetCount())).toList();
        Map<String, Integer> defaults = new HashMap<>();
        catalogue.facilitatedProgrammes().forEach(p -> {
            if (p.facilitatorsPerGroup() != null) {
                defaults.put(p.id(), p.facilitatorsPerGroup());
            }
        });
        return new CoverTargets(set, defaults);
    }

    // ------------------------------------------------------------------ choices for the pages' filters

    /** Facilitated programmes that serve at least one need level, by name. */
    public List<Programme> programmes() {
        access.requireCoverReader();
        return catalogue.facilitatedProgrammes().stream().filter(p -> !p.needLevels().isEmpty()).toList();
    }

    /** The need levels a facilitated programme serves, in order; all four until a programme is chosen. */
    public List<Integer> needLevelsServed(String programmeId) {
        return programmes().stream().filter(p -> p.id().equals(programmeId)).findFirst()
                .map(p -> p.needLevels().stream().map(NeedLevel::number).sorted().toList())
                .orElse(List.of(1, 2, 3, 4));
    }

    /** The localities the caller may see cover for, by name. */
    public List<CoverColumn> localities() {
        access.requireCoverReader();
        Set<Long> visible = access.isManager() ? null : access.coordinatorLocalities();
        List<CoverColumn> localities = new ArrayList<>();
        localityNames().forEach((id, name) -> {
            if (visible == null || visible.contains(id)) {
                localities.add(new CoverColumn(id, name, id));
            }
        });
        return localities;
    }

    /**
     * For a coordinator, why the locality list is short: "You coordinate Wyvern North, so cover is shown for that
     * locality only; ask a workforce development manager about South and Vale." {@code null} for managers.
     */
    public String localityScope() {
        access.requireCoverReader();
        if (access.isManager()) {
            return null;
        }
        Set<Long> visible = access.coordinatorLocalities();
        List<String> own = new ArrayList<>();
        List<String> others = new ArrayList<>();
        localityNames().forEach((id, name) -> (visible.contains(id) ? own : others).add(name));
        if (own.isEmpty()) {
            return "You coordinate no locality yet, so no cover is shown; an administrator links your account to your"
                    + " localities.";
        }
        return "You coordinate " + CoverWording.and(own) + ", so cover is shown for " + (own.size() == 1 ? "that locality"
                : "those localities") + " only" + (others.isEmpty() ? "." : "; ask a workforce development manager about "
                + CoverWording.and(others) + ".");
    }

    /** Partner organisations by name (id → name). */
    public Map<Long, String> organisations() {
        access.requireCoverReader();
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT o.id, o.name FROM Organisation o ORDER BY o.name", Object[].class).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    // ------------------------------------------------------------------ shape: rows, columns, scope

    /** The rows and columns the caller may see under the filters, and the query scope for them. */
    /**
     * Counts each cell on the expected basis, for a date after today: everyone serving its columns with a record
     * of a row's programme, asked of the engine about their records with bookings and routine renewals within
     * reach assumed ({@link ExpectedBasis}), as "Can we run it?" asks. Computed per request from the records,
     * not from the precomputed runs, so it costs an engine run per such person and programme.
     */
    private void expected(CoverMatrix matrix, Shape shape, LocalDate on) {
        matrix.withExpected();
        Map<String, ProgrammeRules> rules = new HashMap<>();
        for (CoverRow row : shape.rows) {
            rules.computeIfAbsent(row.programmeId(), id -> ProgrammeRules.of(catalogue.require(id)));
        }
        StringBuilder sql = new StringBuilder(shape.scope.bySetting()
                ? "SELECT x.staff_id, x.setting_id FROM staff_setting x" : "SELECT x.staff_id, x.locality_id FROM staff_locality x");
        sql.append(" JOIN staff_member s ON s.id = x.staff_id WHERE (s.leave_date IS NULL OR s.leave_date >= ?)")
                .append(shape.scope.bySetting() ? " AND x.setting_id IN (" : " AND x.locality_id IN (")
                .append(String.join(",", shape.columns.stream().map(c -> String.valueOf(c.id())).toList())).append(")")
                .append(" AND EXISTS (SELECT 1 FROM accreditation_record a WHERE a.staff_id = s.id AND a.programme_id IN (")
                .append(String.join(",", rules.keySet().stream().map(id -> "?").toList())).append("))");
        if (shape.scope.organisationId() != null) {
            sql.append(" AND s.organisation_id = ").append(shape.scope.organisationId().longValue());
        }
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString()).setParameter(1, on);
        int p = 2;
        for (String id : rules.keySet()) {
            query.setParameter(p++, id);
        }
        Map<Long, List<Integer>> columnsOf = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Integer c = shape.columnIndex.get(((Number) r[1]).longValue());
            if (c != null) {
                columnsOf.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(c);
            }
        }
        if (columnsOf.isEmpty()) {
            return;
        }
        QualificationSettings settings = qualificationSettings.current();
        QualificationEngine engine = new QualificationEngine(settings);
        LocalDate now = today.date();
        Map<Long, ExpectedBasis.Booked> booked = records.booked(columnsOf.keySet(), now, settings);
        for (PractitionerRecord held : records.load(columnsOf.keySet()).values()) {
            Set<String> theirs = new java.util.HashSet<>();
            held.accreditations().forEach(a -> theirs.add(a.programmeId()));
            for (Map.Entry<String, ProgrammeRules> programme : rules.entrySet()) {
                if (!theirs.contains(programme.getKey())) {
                    continue;
                }
                PractitionerRecord assumed = ExpectedBasis.assume(held, booked.getOrDefault(held.staffId(),
                        ExpectedBasis.Booked.NOTHING), programme.getValue(), settings, now, on);
                engine.qualifiedIntervalsByLevel(assumed, programme.getValue(), on, on).forEach((level, runs) -> {
                    Integer r = shape.rowIndex.get(programme.getKey() + ":" + level.number());
                    if (r != null && !runs.isEmpty()) {
                        columnsOf.get(held.staffId()).forEach(c -> matrix.addExpected(r, c));
                    }
                });
            }
        }
    }

    private record Shape(List<CoverRow> rows, List<CoverColumn> columns, Map<String, Integer> rowIndex,
                         Map<Long, Integer> columnIndex, CoverQueries.Scope scope) {
    }

    private Shape shape(Filters f) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (f.programmeId() != null && !f.programmeId().isBlank()) {
            if (facilitated(catalogue, f.programmeId()) == null) {
                problems.add(new InvalidInput.Problem("programme", "'" + f.programmeId()
                        + "' is not a facilitated programme in the catalogue"));
            }
        }
        if (f.needLevel() != null && (f.needLevel() < 1 || f.needLevel() > 4)) {
            problems.add(new InvalidInput.Problem("needLevel", "Need level must be 1, 2, 3 or 4 (was " + f.needLevel() + ")"));
        }
        if (f.organisationId() != null && em.find(uk.facilitate.staff.Organisation.class, f.organisationId()) == null) {
            problems.add(new InvalidInput.Problem("organisation", "No organisation with id " + f.organisationId()));
        }
        if (f.localityId() != null && em.find(uk.facilitate.staff.Locality.class, f.localityId()) == null) {
            problems.add(new InvalidInput.Problem("locality", "No locality with id " + f.localityId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Set<Long> visible = access.isManager() ? null : access.coordinatorLocalities();
        if (visible != null && f.localityId() != null && !visible.contains(f.localityId())) {
            throw new Forbidden("You can see cover only for your own localities");
        }
        String programmeId = blankToNull(f.programmeId());
        List<CoverRow> rows = new ArrayList<>();
        Map<String, Integer> rowIndex = new HashMap<>();
        for (Programme p : catalogue.facilitatedProgrammes()) {
            if (programmeId != null && !p.id().equals(programmeId)) {
                continue;
            }
            for (NeedLevel level : NeedLevel.values()) {
                if (p.serves(level) && (f.needLevel() == null || f.needLevel() == level.number())) {
                    rowIndex.put(p.id() + ":" + level.number(), rows.size());
                    rows.add(new CoverRow(p.id(), p.name(), level));
                }
            }
        }
        List<CoverColumn> columns = new ArrayList<>();
        if (f.bySetting()) {
            @SuppressWarnings("unchecked")
            List<Object[]> settings = em.createNativeQuery("SELECT id, name, locality_id FROM setting ORDER BY name")
                    .getResultList();
            for (Object[] s : settings) {
                Long locality = s[2] == null ? null : ((Number) s[2]).longValue();
                if ((visible == null || (locality != null && visible.contains(locality)))
                        && (f.localityId() == null || f.localityId().equals(locality))) {
                    columns.add(new CoverColumn(((Number) s[0]).longValue(), (String) s[1], locality));
                }
            }
        } else {
            localityNames().forEach((id, name) -> {
                if ((visible == null || visible.contains(id)) && (f.localityId() == null || f.localityId().equals(id))) {
                    columns.add(new CoverColumn(id, name, id));
                }
            });
        }
        Map<Long, Integer> columnIndex = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            columnIndex.put(columns.get(c).id(), c);
        }
        boolean everyColumn = visible == null && f.localityId() == null;
        Set<Long> columnIds = everyColumn ? null : new LinkedHashSet<>(columnIndex.keySet());
        CoverQueries.Scope scope = new CoverQueries.Scope(programmeId, f.needLevel(), f.organisationId(), f.bySetting(),
                columnIds);
        return new Shape(rows, columns, rowIndex, columnIndex, scope);
    }

    /** Locality names by id, ordered by name. */
    private Map<Long, String> localityNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT l.id, l.name FROM Locality l ORDER BY l.name", Object[].class).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** The current facilitated programme with this id, or {@code null} (a workforce course or unknown id). */
    static Programme facilitated(Catalogue catalogue, String programmeId) {
        return catalogue.find(programmeId).filter(p -> catalogue.isCurrent(p.id())
                && p.kind() == Programme.Kind.PROGRAMME).orElse(null);
    }

    private static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw InvalidInput.of(field, "Give the date as YYYY-MM-DD");
        }
    }
}
