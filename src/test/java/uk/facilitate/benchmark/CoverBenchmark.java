package uk.facilitate.benchmark;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import uk.facilitate.catalogue.CatalogueFile;
import uk.facilitate.catalogue.CatalogueReader;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cover.CoverQueries;
import uk.facilitate.devserver.EmbeddedDatabase;
import uk.facilitate.qualification.ProgrammeRules;

/**
 * The cover benchmark on the national data set ({@link NationalDataGenerator}): starts the data
 * set's MariaDB with a 3 GB buffer pool and the app on Payara Micro on a loopback port, then times,
 * after a warm-up, N runs each of: (a) the whole cover matrix for one date through the API; (b) the
 * same counts from hand-written SQL over the normalised record tables, in the database directly
 * (the reference); (c) the 12-month forecast through the API; (d) one cell's facilitators through
 * the API; plus the matrix statement alone in the database. Checks (a) and (b) give the same counts,
 * reports median and p95, and writes {@code target/benchmark/results.md}.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark package} (after {@code ./mvnw -Pnational-data package}).
 */
public final class CoverBenchmark {

    static final String USER = "bench-admin";
    static final String PASSWORD = "Bench-Mark-2026!x";

    /** The issue's figure for the best plain SQL over the record tables on a machine like this (MariaDB 10.11). */
    static final double ISSUE_REFERENCE_MILLIS = 800;

    private final int runs = Integer.getInteger("benchmark.runs", 30);
    private final int warmup = Math.max(3, runs / 5);
    private final List<String> report = new ArrayList<>();

    /** Median, 95th percentile (nearest rank), fastest and slowest of the runs, in milliseconds. */
    record Stats(String what, double median, double p95, double min, double max, int runs) {
        static Stats of(String what, double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Stats(what, sorted[(sorted.length - 1) / 2], sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
                    sorted[0], sorted[sorted.length - 1], sorted.length);
        }

        String row() {
            return String.format("| %s | %.1f | %.1f | %.1f | %.1f | %d |", what, median, p95, min, max, runs);
        }
    }

    public static void main(String[] args) throws Exception {
        new CoverBenchmark().run();
    }

    void run() throws Exception {
        Path dir = NationalDataGenerator.folder();
        if (!Files.isDirectory(dir.resolve("mariadb"))) {
            throw new IllegalStateException("No national data set in " + dir.toAbsolutePath()
                    + ": run ./mvnw -Pnational-data package first");
        }
        Path out = Path.of(System.getProperty("facilitate.buildDir", "target"), "benchmark");
        Files.createDirectories(out);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("mariadb"), 0, NationalDataGenerator.BUFFER_POOL)) {
            MysqlDataSource dataSource = NationalDataGenerator.dataSource(db);
            int port = freePort();
            Process payara = startApp(db, dir.resolve("catalogue"), port, out);
            try {
                waitUntilReady(port, payara);
                measure(dataSource, dir.resolve("catalogue"), "http://127.0.0.1:" + port + "/api/v1/");
            } finally {
                payara.destroy();
                payara.waitFor();
            }
        }
        Files.writeString(out.resolve("results.md"), String.join("\n", report) + "\n", StandardCharsets.UTF_8);
        System.out.println(String.join("\n", report));
        System.out.println("\nWritten to " + out.resolve("results.md").toAbsolutePath());
    }

    private void measure(MysqlDataSource dataSource, Path catalogue, String api) throws Exception {
        LocalDate on = NationalDataGenerator.TODAY;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Callable<String> matrix = () -> get(http, basic, api + "cover?on=" + on);
        Callable<String> forecast = () -> get(http, basic, api + "cover/forecast?from=" + on + "&to=" + on.plusMonths(12)
                + "&step=P1M");

        try (Connection c = dataSource.getConnection()) {
            installProgrammeRules(c, catalogue);
            String first = matrix.call(); // signs in once; later calls use the session cookie
            Map<String, Integer> fromApi = apiCounts(first);
            JsonObject parsed = Json.createReader(new StringReader(first)).readObject();
            int rows = parsed.getJsonArray("rows").size();
            int columns = parsed.getJsonArray("columns").size();
            Map<Reference, String> referenceSql = new java.util.EnumMap<>(Reference.class);
            for (Reference variant : Reference.values()) {
                referenceSql.put(variant, referenceSql(on, variant));
            }
            List<String> disagreements = new ArrayList<>();
            for (Map.Entry<Reference, String> variant : referenceSql.entrySet()) {
                Map<String, Integer> counts = referenceCounts(c, variant.getValue());
                if (!fromApi.equals(counts)) {
                    disagreements.add(variant.getKey().label + " (" + difference(fromApi, counts) + " cells)");
                }
            }
            boolean same = disagreements.isEmpty();
            long staff = scalar(c, "SELECT COUNT(*) FROM staff_member");

            header(c, staff, rows, columns, fromApi.size(), first.length(), same);
            if (!same) {
                report.add("\n**The API and the reference SQL disagree**: " + String.join("; ", disagreements)
                        + ". The timings below compare different answers.");
            }
            Stats a = time("(a) whole matrix, API", matrix);
            List<Stats> references = new ArrayList<>();
            for (Map.Entry<Reference, String> variant : referenceSql.entrySet()) {
                references.add(time("(b) reference SQL, " + variant.getKey().label, () -> referenceCounts(c, variant.getValue())));
            }
            Stats b = references.stream().min(java.util.Comparator.comparingDouble(Stats::median)).orElseThrow();
            Stats sqlOnly = time("(a') the API's matrix statement alone, in the database", () -> rowsOf(c,
                    CoverQueries.countsSql(new CoverQueries.Scope(null, null, null, false, null), on, on.plusDays(90))));
            Stats cForecast = time("(c) 12-month forecast (13 dates), API", forecast);
            List<String> cells = sampleCells(parsed, 50);
            int[] next = {0};
            Stats d = time("(d) one cell's facilitators, API", () -> get(http, basic, api + "cover/cell?on=" + on + "&"
                    + cells.get(next[0]++ % cells.size())));
            String forecastBody = forecast.call();
            int falls = Json.createReader(new StringReader(forecastBody)).readObject().getJsonArray("falls").size();

            report.add("");
            report.add("| measurement | median ms | p95 ms | min ms | max ms | runs |");
            report.add("|---|---|---|---|---|---|");
            List<Stats> all = new ArrayList<>(List.of(a));
            all.addAll(references);
            all.addAll(List.of(sqlOnly, cForecast, d));
            for (Stats s : all) {
                report.add(s.row());
            }
            report.add("");
            report.add(String.format("- Ratio (a)/(b), medians: **%.2f** (target ≤ 0.3; (b) is the faster reference variant: %s).",
                    a.median() / b.median(), b.what()));
            report.add(String.format("- Against the issue's own figure for the best plain SQL (about 800 ms on MariaDB 10.11):"
                    + " (a) / 800 ms = **%.2f**.", a.median() / ISSUE_REFERENCE_MILLIS));
            report.add(String.format("- 12-month forecast median %.0f ms, p95 %.0f ms (target < 2,000 ms); %,d falls explained,"
                    + " %,d bytes of JSON.", cForecast.median(), cForecast.p95(), falls, forecastBody.length()));
            report.add(String.format("- One cell median %.1f ms, p95 %.1f ms (target < 20 ms), over %d different cells.",
                    d.median(), d.p95(), cells.size()));
        }
    }

    private void header(Connection c, long staff, int rows, int columns, int nonEmpty, int bytes, boolean same)
            throws SQLException {
        report.add("## Run of " + LocalDateTime.now().withNano(0));
        report.add("");
        report.add("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memoryGb() + " GB RAM; JDK " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "); MariaDB " + string(c, "SELECT VERSION()")
                + ", buffer pool " + scalar(c, "SELECT @@innodb_buffer_pool_size") / (1024 * 1024) + " MB; load average at start "
                + loadAverage() + ".");
        report.add(String.format("- Data: %,d staff, %,d staff–locality links, %,d localities, %,d accreditation records,"
                        + " %,d supervision sessions, %,d DBS and safeguarding checks, %,d programmes (%,d facilitated);"
                        + " %,d qualification intervals.", staff, scalar(c, "SELECT COUNT(*) FROM staff_locality"),
                scalar(c, "SELECT COUNT(*) FROM locality"), scalar(c, "SELECT COUNT(*) FROM accreditation_record"),
                scalar(c, "SELECT COUNT(*) FROM supervision_session"), scalar(c, "SELECT COUNT(*) FROM compliance_check"),
                scalar(c, "SELECT COUNT(*) FROM programme"),
                scalar(c, "SELECT COUNT(*) FROM programme WHERE kind = 'PROGRAMME'"),
                scalar(c, "SELECT COUNT(*) FROM qualification_interval")));
        report.add(String.format("- Matrix: %d rows (programme × need level) × %d localities = %,d cells, %,d of them"
                + " non-empty; %,d bytes of JSON. API and reference SQL agree on every cell: **%s**.",
                rows, columns, rows * columns, nonEmpty, bytes, same ? "yes" : "NO"));
        report.add(String.format("- Method: %d warm-up runs, then %d timed runs of each measurement, one after another"
                + " on loopback; API calls signed in once (session cookie), JSON read in full; SQL rows fetched in full.",
                warmup, runs));
    }

    private Stats time(String what, Callable<?> task) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.call();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Stats stats = Stats.of(what, millis);
        System.out.println(stats.row());
        return stats;
    }

    /**
     * The ways of writing the reference that are timed; the fastest is the reference (b). All give
     * the same counts (checked before timing), and all are plain SQL over the record tables.
     */
    enum Reference {
        /** Per person first, then counted once per programme, locality and professional level. */
        PER_PERSON_BY_LEVEL("per person, counted by professional level"),
        /** Per person first, then counted once per programme, professional level and locality. */
        PER_PERSON("per person, then need levels"),
        /** The first version: CTEs with correlated EXISTS tests for DBS and safeguarding. */
        STAGED("staged CTEs with EXISTS tests (first version)"),
        /** One join with EXISTS tests and COUNT(DISTINCT). */
        FLAT("one flat join (first version)");

        final String label;

        Reference(String label) {
            this.label = label;
        }
    }

    /**
     * The reference: who is qualified on the date, worked out from the records themselves, counted
     * per programme, need level and locality. The rules are the engine's: in post; a DBS check in
     * date (or on the update service) and level 3 safeguarding training within 36 months; a verified
     * accreditation (or training where the programme allows provisional delivery) not expired; for
     * programmes that ask it, supervision (general or for the programme) within their interval; the
     * need level's minimum professional level; counted in each locality the person serves.
     */
    static String referenceSql(LocalDate on, Reference variant) {
        String d = "DATE '" + on + "'";
        String active = "(s.start_date IS NULL OR s.start_date <= " + d + ") AND (s.leave_date IS NULL OR s.leave_date >= " + d + ")";
        String dbsOk = "c.update_service OR DATE_ADD(c.checked_on, INTERVAL 36 MONTH) > " + d;
        String safeguardingOk = "c.safeguarding_level >= 3 AND DATE_ADD(c.checked_on, INTERVAL 36 MONTH) > " + d;
        String dbs = "EXISTS (SELECT 1 FROM compliance_check c WHERE c.staff_id = s.id AND c.kind = 'DBS' AND c.checked_on <= "
                + d + " AND (" + dbsOk + "))";
        String safeguarding = "EXISTS (SELECT 1 FROM compliance_check c WHERE c.staff_id = s.id AND c.kind = 'SAFEGUARDING'"
                + " AND c.checked_on <= " + d + " AND " + safeguardingOk + ")";
        String accredited = "a.verification = 'VERIFIED' AND a.awarded_on <= " + d
                + " AND (a.stage = 'ACCREDITED' OR (a.stage = 'TRAINED' AND r.provisional))"
                + " AND (CASE WHEN a.expires_on IS NOT NULL THEN a.expires_on >= " + d
                + " WHEN r.validity_months IS NOT NULL THEN DATE_ADD(a.awarded_on, INTERVAL r.validity_months MONTH) > " + d
                + " ELSE TRUE END)";
        String supervised = "(r.supervision_days IS NULL OR EXISTS (SELECT 1 FROM supervision_session v"
                + " WHERE v.supervisee_id = a.staff_id AND v.session_date <= " + d
                + " AND v.session_date >= " + d + " - INTERVAL r.supervision_days DAY"
                + " AND (v.programme_id IS NULL OR v.programme_id = a.programme_id)))";
        // Everyone in post with both checks current, from one pass over compliance_check grouped by person.
        String eligible = "eligible AS (SELECT s.id, s.professional_level FROM staff_member s"
                + " JOIN (SELECT c.staff_id FROM compliance_check c WHERE c.checked_on <= " + d + " GROUP BY c.staff_id"
                + " HAVING MAX(c.kind = 'DBS' AND (" + dbsOk + ")) = 1"
                + " AND MAX(c.kind = 'SAFEGUARDING' AND " + safeguardingOk + ") = 1) checked ON checked.staff_id = s.id"
                + " WHERE " + active + ")";
        // Driven from those people (STRAIGHT_JOIN: the optimizer otherwise starts from the localities).
        String perPersonJoin = " FROM eligible e JOIN accreditation_record a ON a.staff_id = e.id"
                + " JOIN bench_programme_rules r ON r.programme_id = a.programme_id"
                + " JOIN staff_locality sl ON sl.staff_id = a.staff_id"
                + " WHERE " + accredited + " AND " + supervised;
        switch (variant) {
            case PER_PERSON_BY_LEVEL -> {
                // Counts per programme and locality, one column per professional level (RQF 1-8, or none),
                // then each need level adds up the columns at or above its minimum: the need levels never
                // multiply the rows being grouped.
                StringBuilder sql = new StringBuilder("WITH ").append(eligible).append(", per_locality AS (SELECT STRAIGHT_JOIN")
                        .append(" a.programme_id, sl.locality_id,")
                        .append(" COUNT(DISTINCT CASE WHEN e.professional_level IS NULL THEN a.staff_id END) AS n0");
                for (int level = 1; level <= 8; level++) {
                    String test = level == 1 ? "<= 1" : level == 8 ? ">= 8" : "= " + level;
                    sql.append(", COUNT(DISTINCT CASE WHEN e.professional_level ").append(test).append(" THEN a.staff_id END) AS n")
                            .append(level);
                }
                sql.append(perPersonJoin).append(" GROUP BY a.programme_id, sl.locality_id)")
                        .append(" SELECT p.programme_id, l.need_level, p.locality_id,")
                        .append(" CASE WHEN l.minimum_professional_level IS NULL THEN p.n0 ELSE 0 END");
                for (int level = 1; level <= 8; level++) {
                    sql.append(" + CASE WHEN COALESCE(l.minimum_professional_level, 0) <= ").append(level).append(" THEN p.n")
                            .append(level).append(" ELSE 0 END");
                }
                return sql.append(" AS n FROM per_locality p JOIN programme_need_level l ON l.programme_id = p.programme_id")
                        .append(" HAVING n > 0").toString();
            }
            case PER_PERSON -> {
                return "WITH " + eligible + ", per_level AS (SELECT STRAIGHT_JOIN a.programme_id, e.professional_level,"
                        + " sl.locality_id, COUNT(DISTINCT a.staff_id) AS n" + perPersonJoin
                        + " GROUP BY a.programme_id, e.professional_level, sl.locality_id)"
                        + " SELECT p.programme_id, l.need_level, p.locality_id, SUM(p.n) FROM per_level p"
                        + " JOIN programme_need_level l ON l.programme_id = p.programme_id AND (l.minimum_professional_level IS NULL"
                        + " OR p.professional_level >= l.minimum_professional_level)"
                        + " GROUP BY p.programme_id, l.need_level, p.locality_id";
            }
            case STAGED -> {
                return "WITH eligible AS (SELECT s.id, s.professional_level FROM staff_member s WHERE " + active + " AND " + dbs
                        + " AND " + safeguarding + "),"
                        + " accredited AS (SELECT DISTINCT e.id AS staff_id, e.professional_level, a.programme_id FROM eligible e"
                        + " JOIN accreditation_record a ON a.staff_id = e.id"
                        + " JOIN bench_programme_rules r ON r.programme_id = a.programme_id WHERE " + accredited + " AND "
                        + supervised + ")"
                        + " SELECT q.programme_id, l.need_level, sl.locality_id, COUNT(*) FROM accredited q"
                        + " JOIN programme_need_level l ON l.programme_id = q.programme_id AND (l.minimum_professional_level IS NULL"
                        + " OR q.professional_level >= l.minimum_professional_level)"
                        + " JOIN staff_locality sl ON sl.staff_id = q.staff_id"
                        + " GROUP BY q.programme_id, l.need_level, sl.locality_id";
            }
            default -> {
                return "SELECT a.programme_id, l.need_level, sl.locality_id, COUNT(DISTINCT s.id) FROM staff_member s"
                        + " JOIN accreditation_record a ON a.staff_id = s.id"
                        + " JOIN bench_programme_rules r ON r.programme_id = a.programme_id"
                        + " JOIN programme_need_level l ON l.programme_id = a.programme_id"
                        + " JOIN staff_locality sl ON sl.staff_id = s.id"
                        + " WHERE " + active + " AND (l.minimum_professional_level IS NULL OR s.professional_level >= l.minimum_professional_level)"
                        + " AND " + accredited + " AND " + supervised + " AND " + dbs + " AND " + safeguarding
                        + " GROUP BY a.programme_id, l.need_level, sl.locality_id";
            }
        }
    }

    /**
     * The programme rules the reference SQL needs (in the app they live in the catalogue files): the
     * facilitated programmes' accreditation validity, provisional delivery and supervision interval.
     */
    private static void installProgrammeRules(Connection c, Path catalogue) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_programme_rules (programme_id VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " validity_months INT NULL, provisional BOOLEAN NOT NULL, supervision_days INT NULL)");
            s.execute("DELETE FROM bench_programme_rules");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_programme_rules VALUES (?, ?, ?, ?)")) {
            for (Programme p : new CatalogueReader().read(CatalogueFile.readFolder(catalogue))) {
                if (p.kind() != Programme.Kind.PROGRAMME) {
                    continue;
                }
                if (!ProgrammeRules.of(p).supervisionKinds().isEmpty()) {
                    throw new IllegalStateException(p.id() + " counts only some supervision kinds; the reference SQL does not");
                }
                insert.setString(1, p.id());
                insert.setObject(2, ProgrammeRules.of(p).accreditationValidityMonths());
                insert.setBoolean(3, ProgrammeRules.of(p).provisionalDeliveryWhenTrained());
                insert.setObject(4, ProgrammeRules.of(p).supervisionMaxIntervalDays());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, Integer> referenceCounts(Connection c, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getLong(3), rs.getInt(4));
            }
        }
        return counts;
    }

    private static int rowsOf(Connection c, String sql) throws SQLException {
        int rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** Non-empty cells of the API's matrix, keyed as the reference keys them. */
    private static Map<String, Integer> apiCounts(String json) {
        JsonObject matrix = Json.createReader(new StringReader(json)).readObject();
        JsonArray columns = matrix.getJsonArray("columns");
        Map<String, Integer> counts = new HashMap<>();
        for (var value : matrix.getJsonArray("rows")) {
            JsonObject row = value.asJsonObject();
            JsonArray cells = row.getJsonArray("cells");
            for (int c = 0; c < cells.size(); c++) {
                int count = cells.getJsonArray(c).getInt(0);
                if (count > 0) {
                    counts.put(row.getString("programme") + ":" + row.getInt("needLevel") + ":"
                            + columns.getJsonObject(c).getJsonNumber("id").longValue(), count);
                }
            }
        }
        return counts;
    }

    private static List<String> sampleCells(JsonObject matrix, int how) {
        Random random = new Random(7);
        JsonArray rows = matrix.getJsonArray("rows");
        JsonArray columns = matrix.getJsonArray("columns");
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            JsonObject row = rows.getJsonObject(random.nextInt(rows.size()));
            cells.add("programme=" + row.getString("programme") + "&needLevel=" + row.getInt("needLevel") + "&locality="
                    + columns.getJsonObject(random.nextInt(columns.size())).getJsonNumber("id").longValue());
        }
        return cells;
    }

    private static long difference(Map<String, Integer> a, Map<String, Integer> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(a.get(k), b.get(k))).count();
    }

    private static String get(HttpClient http, String basic, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Process startApp(EmbeddedDatabase db, Path catalogue, int port, Path out) throws IOException {
        Path war = Path.of(System.getProperty("facilitate.war", "target/facilitate.war"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-Ddb.url=" + db.jdbcUrl(), "-Ddb.user=" + db.user(), "-Ddb.password=" + db.password(),
                "-Dfacilitate.demoData=false", "-Dfacilitate.catalogueDir=" + catalogue.toAbsolutePath(),
                "-Dfacilitate.admin.username=" + USER, "-Dfacilitate.admin.password=" + PASSWORD,
                "-jar", payaraMicroJar().toString(), "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--rootdir", out.resolve("payara").toAbsolutePath().toString());
        uk.facilitate.testing.TestDatabase.deleteRecursively(out.resolve("payara")); // never an earlier run's exploded app
        System.out.println("Benchmark: starting the app on port " + port + " (log in " + out.resolve("payara.log") + ")");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve("payara.log").toFile()).start();
    }

    private static void waitUntilReady(int port, Process payara) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (payara.isAlive() && System.nanoTime() < deadline) {
            try {
                // Health answers before the app has finished deploying; the API answers 401 once it has.
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/programmes")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 401) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The app did not become ready; see target/benchmark/payara.log");
    }

    private static Path payaraMicroJar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("payara-micro-") && name.endsWith(".jar")) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("payara-micro jar not found on the class path; run through ./mvnw -Pbenchmark package");
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long memoryGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
