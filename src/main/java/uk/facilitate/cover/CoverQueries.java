package uk.facilitate.cover;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextServiceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import uk.facilitate.platform.DatabaseConfiguration;
import uk.facilitate.qualification.EndKind;
import uk.facilitate.qualification.Rule;

/**
 * The cover feature's SQL: each answer is one set-based query over the precomputed runs
 * ({@code cover_interval}: each person's qualified runs once per locality they serve; for settings,
 * {@code qualification_interval} joined to where people work), whatever the number of staff. Dates and ids are written into the
 * SQL as literals (they come from {@code LocalDate} and {@code long}, never from text), programme
 * ids are bound as parameters.
 */
@ApplicationScoped
@ContextServiceDefinition(name = CoverQueries.NO_CONTEXT, propagated = {}, cleared = ContextServiceDefinition.ALL_REMAINING)
@ManagedExecutorDefinition(name = CoverQueries.COVER_READS, context = CoverQueries.NO_CONTEXT, maxAsync = 2)
public class CoverQueries {

    /**
     * Whether a run's {@code end_causes} include a rule that is not one of the borough's routine renewals.
     * Only tested on runs ending inside the warning period, which all have causes; the rule names are not
     * substrings of one another.
     */
    static String hardEnd(Set<Rule> renewable) {
        return java.util.Arrays.stream(Rule.values()).filter(rule -> !renewable.contains(rule))
                .map(rule -> "qi.end_causes LIKE '%" + rule.name() + "%'")
                .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
    }


    static final String NO_CONTEXT = "java:app/concurrent/CoverReadsContext";
    static final String COVER_READS = "java:app/concurrent/CoverReads";

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    /** The matrix and forecast read tens of thousands of aggregate rows: plain JDBC, no JPA row objects. */
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Resource(lookup = COVER_READS)
    private ManagedExecutorService background;

    /**
     * What to count: optionally one programme and one need level, people of one organisation, and
     * the columns (localities, or settings when {@code bySetting}); {@code columnIds == null} means
     * every column.
     */
    public record Scope(String programmeId, Integer needLevel, Long organisationId, boolean bySetting,
                        Set<Long> columnIds) {
        boolean restricted() {
            return columnIds != null;
        }
    }

    /** A person in a cell: who, the last day of their run that holds the date, and the rules that end it. */
    public record Person(long staffId, String givenName, String familyName, String role, LocalDate until,
                         String endCauses) {
    }

    /** One qualified run in a cell, for explaining a forecast. */
    public record CellRun(String programmeId, int needLevel, long columnId, LocalDate from, LocalDate until,
                          String endCauses) {
    }

    /**
     * Rows of {@code [programme_id, need_level, column_id, count, lapsing, renewing]} for the cells with
     * anyone in them: of those counted, {@code lapsing} stop before {@code lapsingBefore} through a hard
     * end and {@code renewing} only because a renewal falls due (see {@link EndKind}).
     */
    public List<Object[]> counts(Scope scope, LocalDate on, LocalDate lapsingBefore, Set<Rule> renewable) {
        return aggregates(countsSql(scope, on, lapsingBefore, renewable), scope, !scope.bySetting());
    }

    /** The matrix statement with the default renewals; public so the benchmark can time it in the database alone. */
    public static String countsSql(Scope scope, LocalDate on, LocalDate lapsingBefore) {
        return countsSql(scope, on, lapsingBefore, uk.facilitate.qualification.QualificationSettings.RENEWABLE_BY_DEFAULT);
    }

    static String countsSql(Scope scope, LocalDate on, LocalDate lapsingBefore, Set<Rule> renewable) {
        String hardEnd = hardEnd(renewable);
        StringBuilder sql = new StringBuilder("SELECT ").append(programme(scope)).append(", qi.need_level, ")
                .append(column(scope)).append(", COUNT(*), COUNT(CASE WHEN qi.valid_until < ").append(date(lapsingBefore))
                .append(" AND ").append(hardEnd).append(" THEN 1 END)") // COUNT, not SUM: no DECIMAL arithmetic
                .append(", COUNT(CASE WHEN qi.valid_until < ").append(date(lapsingBefore))
                .append(" AND NOT ").append(hardEnd).append(" THEN 1 END)");
        from(sql, scope);
        sql.append(" WHERE qi.valid_until >= ").append(date(on)).append(" AND qi.valid_from <= ").append(date(on));
        where(sql, scope);
        return sql.append(groupBy(scope)).toString();
    }

    /** Rows of {@code [programme_id, need_level, column_id, count on dates[0], count on dates[1], …]}. */
    public List<Object[]> forecastCounts(Scope scope, List<LocalDate> dates) {
        StringBuilder sql = new StringBuilder("SELECT ").append(programme(scope)).append(", qi.need_level, ")
                .append(column(scope));
        for (LocalDate d : dates) {
            sql.append(", COUNT(CASE WHEN qi.valid_from <= ").append(date(d)).append(" AND qi.valid_until >= ")
                    .append(date(d)).append(" THEN 1 END)");
        }
        from(sql, scope);
        overlapping(sql, dates);
        where(sql, scope);
        sql.append(groupBy(scope));
        return aggregates(sql.toString(), scope, !scope.bySetting());
    }

    /**
     * Rows of {@code [programme_id, distinct people on dates[0], …]}: everyone qualified for the programme
     * at any need level in any of the scope's columns, each person once.
     */
    public List<Object[]> programmeTotals(Scope scope, List<LocalDate> dates) {
        // Per person and programme first (the primary key's order, so one pass), then per programme:
        // far cheaper than one COUNT(DISTINCT …) per date.
        StringBuilder inner = new StringBuilder("SELECT qi.programme_id");
        StringBuilder outer = new StringBuilder("SELECT programme_id");
        for (int k = 0; k < dates.size(); k++) {
            LocalDate d = dates.get(k);
            inner.append(", MAX(CASE WHEN qi.valid_from <= ").append(date(d)).append(" AND qi.valid_until >= ")
                    .append(date(d)).append(" THEN 1 ELSE 0 END) AS d").append(k);
            outer.append(", SUM(d").append(k).append(')');
        }
        inner.append(" FROM qualification_interval qi");
        organisation(inner, scope);
        overlapping(inner, dates);
        if (scope.restricted()) {
            inner.append(" AND EXISTS (SELECT 1 FROM ").append(scope.bySetting() ? "staff_setting col WHERE col.setting_id"
                            : "staff_locality col WHERE col.locality_id").append(" IN (").append(ids(scope.columnIds()))
                    .append(") AND col.staff_id = qi.staff_id)");
        }
        programmeAndLevel(inner, scope, "qi.programme_id");
        inner.append(" GROUP BY qi.staff_id, qi.programme_id");
        StringBuilder sql = outer.append(" FROM (").append(inner).append(") people GROUP BY programme_id ORDER BY NULL");
        return aggregates(sql.toString(), scope, false);
    }

    /**
     * {@link #programmeTotals} on another thread, so a forecast's two long reads run in the database at the
     * same time. Plain JDBC only (no persistence context, no transaction, no caller's identity: the caller
     * has already checked access), so the executor propagates no context at all: with the request's
     * context propagated, the task's end closed the request's EntityManagers.
     */
    public java.util.concurrent.Future<List<Object[]>> programmeTotalsInBackground(Scope scope, List<LocalDate> dates) {
        return background.submit(() -> programmeTotals(scope, dates));
    }

    /**
     * The runs that start or end inside [first, last] in the given programmes × need levels and
     * columns: all a forecast needs to explain its falls.
     */
    public List<CellRun> changingRuns(Scope scope, LocalDate first, LocalDate last,
                                      Collection<String> programmeLevels, Collection<Long> columnIds) {
        StringBuilder sql = new StringBuilder("SELECT ").append(programme(scope)).append(", qi.need_level, ")
                .append(column(scope)).append(", qi.valid_from, qi.valid_until, qi.end_causes");
        from(sql, scope);
        sql.append(" WHERE qi.valid_until >= ").append(date(first)).append(" AND qi.valid_from <= ").append(date(last))
                .append(" AND (qi.valid_until < ").append(date(last)).append(" OR qi.valid_from > ").append(date(first))
                .append(")");
        where(sql, scope);
        if (!columnIds.isEmpty()) {
            sql.append(" AND ").append(column(scope)).append(" IN (").append(ids(columnIds)).append(")");
        }
        if (!programmeLevels.isEmpty()) {
            // "programme:level" keys, bound one parameter each
            sql.append(" AND CONCAT(").append(programme(scope)).append(", ':', qi.need_level) IN (")
                    .append(String.join(",", java.util.Collections.nCopies(programmeLevels.size(), "?"))).append(")");
        }
        boolean shortIds = !scope.bySetting();
        Query query = em.createNativeQuery(sql.toString());
        int p = bind(query, scope, shortIds);
        for (String key : programmeLevels) {
            // "programme:level", with the programme's short id where cover_interval is read
            int colon = key.lastIndexOf(':');
            query.setParameter(p++, shortIds ? shortId(key.substring(0, colon)) + key.substring(colon) : key);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CellRun> runs = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String programmeId = shortIds ? programmeId(((Number) row[0]).intValue()) : (String) row[0];
            runs.add(new CellRun(programmeId, ((Number) row[1]).intValue(), ((Number) row[2]).longValue(),
                    toDate(row[3]), toDate(row[4]), (String) row[5]));
        }
        return runs;
    }

    /** Everyone qualified in one cell on a date, by family name. */
    public List<Person> people(Scope scope, LocalDate on, long columnId) {
        StringBuilder sql = new StringBuilder("SELECT s.id, s.given_name, s.family_name, s.role, qi.valid_until,"
                        + " qi.end_causes FROM ")
                .append(scope.bySetting() ? "staff_setting col JOIN qualification_interval qi ON qi.staff_id = col.staff_id"
                        : "cover_interval qi")
                .append(" JOIN staff_member s ON s.id = qi.staff_id");
        if (scope.organisationId() != null) {
            sql.append(" AND s.organisation_id = ").append(scope.organisationId().longValue());
        }
        sql.append(" WHERE ").append(column(scope)).append(" = ").append(columnId)
                .append(" AND qi.valid_until >= ").append(date(on)).append(" AND qi.valid_from <= ").append(date(on));
        programmeAndLevel(sql, scope, programme(scope));
        sql.append(" ORDER BY s.family_name, s.given_name, s.id");
        List<Person> people = new ArrayList<>();
        Query query = em.createNativeQuery(sql.toString());
        bind(query, scope, !scope.bySetting());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            people.add(new Person(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    toDate(row[4]), (String) row[5]));
        }
        return people;
    }

    /**
     * The programme column of the rows read: {@code cover_interval} holds the programme's short id
     * ({@code programme.short_id}: a two-byte key reads and groups faster than the text id),
     * {@code qualification_interval} the id itself.
     */
    private static String programme(Scope scope) {
        return scope.bySetting() ? "qi.programme_id" : "qi.programme_short_id";
    }

    /** Programme ids by short id and back (40-odd rows). */
    record Programmes(Map<String, Integer> shortIds, Map<Integer, String> ids) {
        /** The short id, or -1 (matches nothing) for an id not in the table. */
        int shortId(String programmeId) {
            return shortIds.getOrDefault(programmeId, -1);
        }

        String id(int shortId) {
            return ids.get(shortId);
        }
    }

    /**
     * Kept between calls and read again only when an id is missing: the database assigns a short id once,
     * when the catalogue first loads a programme, and programmes are never deleted, so a known pair never
     * changes. Saves a query on every cell drill-down.
     */
    private volatile Programmes programmes = new Programmes(Map.of(), Map.of());

    /** The programme's short id, or -1 (matches nothing) for an id the database does not hold. */
    int shortId(String programmeId) {
        Programmes known = programmes;
        return (known.shortIds().containsKey(programmeId) ? known : reloadProgrammes()).shortId(programmeId);
    }

    /** The programme id of a short id read from {@code cover_interval}. */
    String programmeId(int shortId) {
        Programmes known = programmes;
        return (known.ids().containsKey(shortId) ? known : reloadProgrammes()).id(shortId);
    }

    private Programmes reloadProgrammes() {
        Map<String, Integer> shortIds = new HashMap<>();
        Map<Integer, String> ids = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, short_id FROM programme").getResultList();
        for (Object[] row : rows) {
            shortIds.put((String) row[0], ((Number) row[1]).intValue());
            ids.put(((Number) row[1]).intValue(), (String) row[0]);
        }
        programmes = new Programmes(Map.copyOf(shortIds), Map.copyOf(ids));
        return programmes;
    }

    /** The column a cell's column id comes from: the locality of a {@code cover_interval} row, or a setting. */
    private static String column(Scope scope) {
        return scope.bySetting() ? "col.setting_id" : "qi.locality_id";
    }

    /** Groups in the order of the index read, so the database aggregates in one pass. */
    private static String groupBy(Scope scope) {
        if (scope.bySetting()) {
            return " GROUP BY qi.programme_id, qi.need_level, col.setting_id ORDER BY NULL";
        }
        return scope.restricted() ? " GROUP BY qi.locality_id, qi.programme_short_id, qi.need_level ORDER BY NULL"
                : " GROUP BY qi.programme_short_id, qi.need_level, qi.locality_id ORDER BY NULL";
    }

    /**
     * By locality: {@code cover_interval}, which holds each run once per locality (no join). By setting:
     * the runs joined to the settings people work in.
     */
    private static void from(StringBuilder sql, Scope scope) {
        sql.append(scope.bySetting()
                ? " FROM qualification_interval qi JOIN staff_setting col ON col.staff_id = qi.staff_id"
                : " FROM cover_interval qi");
        organisation(sql, scope);
    }

    private static void organisation(StringBuilder sql, Scope scope) {
        if (scope.organisationId() != null) {
            sql.append(" JOIN staff_member s ON s.id = qi.staff_id AND s.organisation_id = ")
                    .append(scope.organisationId().longValue());
        }
    }

    private static void where(StringBuilder sql, Scope scope) {
        programmeAndLevel(sql, scope, programme(scope));
        if (scope.restricted()) {
            sql.append(" AND ").append(column(scope)).append(" IN (").append(ids(scope.columnIds())).append(")");
        }
    }

    private static void programmeAndLevel(StringBuilder sql, Scope scope, String programmeColumn) {
        if (scope.programmeId() != null) {
            sql.append(" AND ").append(programmeColumn).append(" = ?");
        }
        if (scope.needLevel() != null) {
            sql.append(" AND qi.need_level = ").append(scope.needLevel().intValue());
        }
    }

    private static void overlapping(StringBuilder sql, List<LocalDate> dates) {
        sql.append(" WHERE qi.valid_until >= ").append(date(dates.get(0)))
                .append(" AND qi.valid_from <= ").append(date(dates.get(dates.size() - 1)));
    }

    /**
     * Rows of {@code [text, number, number, …]} (a programme id, then whole numbers as {@code Long}) read
     * over JDBC: the matrix has tens of thousands of them, and JPA's row handling cost more than the
     * statement's own aggregation.
     */
    private List<Object[]> aggregates(String sql, Scope scope, boolean shortIds) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (scope.programmeId() != null) {
                if (shortIds) {
                    statement.setInt(1, shortId(scope.programmeId()));
                } else {
                    statement.setString(1, scope.programmeId());
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>(4096);
                while (rs.next()) {
                    Object[] row = new Object[width];
                    row[0] = shortIds ? programmeId(rs.getInt(1)) : rs.getString(1);
                    for (int i = 1; i < width; i++) {
                        row[i] = rs.getLong(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cover query failed: " + e.getMessage(), e);
        }
    }

    /**
     * Binds the scope's programme (its short id where {@code cover_interval} is read); returns the next
     * free position.
     */
    private int bind(Query query, Scope scope, boolean shortIds) {
        int p = 1;
        if (scope.programmeId() != null) {
            query.setParameter(p++, shortIds ? (Object) shortId(scope.programmeId()) : scope.programmeId());
        }
        return p;
    }

    static String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    private static String ids(Collection<Long> ids) {
        return ids.isEmpty() ? "NULL" : ids.stream().map(id -> String.valueOf(id.longValue())).collect(Collectors.joining(","));
    }

    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
