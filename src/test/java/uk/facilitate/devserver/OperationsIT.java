package uk.facilitate.devserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.facilitate.accreditation.TestCertificates;
import uk.facilitate.platform.backup.BackupArchive;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.OwnProcesses;
import uk.facilitate.testing.TestDatabase;

/**
 * The operator's view of the run command, black-box: restart, stop, backup and restore, each on a
 * launcher started as {@code ./mvnw -Prun package} starts it (embedded MariaDB, Payara Micro and,
 * for the backup, the demo borough), on loopback, stopped by PID.
 */
@Tag(OwnProcesses.TAG)
class OperationsIT {

    private static final Path BUILD = Path.of(System.getProperty("facilitate.buildDir", "target")).toAbsolutePath();
    /** One line per deployment of the app: the schema check runs once each time it is deployed. */
    private static final Pattern DEPLOYMENT = Pattern.compile("Schema is up to date at version|Applied \\d+ migration");
    private static final Pattern PAYARA_STARTED = Pattern.compile("Payara Micro .* ready in [0-9,.]+");
    /** Generous: on a shared, loaded machine a first start with the demo borough has taken over 4 minutes. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    /** Without the demo borough (not needed to restart or stop), so the first start is quicker. */
    private static final Map<String, String> NO_DEMO = Map.of("FACILITATE_DEMODATA", "false");

    /**
     * A restart, then a stop of the restarted instance: one instance fewer to start than testing them apart
     * (each start costs 20 s and more of the test run).
     */
    @Test
    void aRestartDeploysTheAppOnceIsReadyWithinFortySecondsAndSigtermStopsPayaraBeforeTheDatabase() throws Exception {
        Path data = BUILD.resolve("operations/restart-data");
        TestDatabase.deleteRecursively(data);
        int port;
        try (LaunchedInstance first = LaunchedInstance.start(data, EmbeddedDatabase.freePort(),
                BUILD.resolve("operations/restart-first.log"), NO_DEMO)) {
            first.awaitReady(PATIENCE); // unpacks MariaDB and migrates: not what is measured
            port = first.port();
        }

        LaunchedInstance second = LaunchedInstance.start(data, port, BUILD.resolve("operations/restart-second.log"), NO_DEMO);
        try {
            Duration ready = second.awaitReady(PATIENCE);
            // A redeployment from a kept root folder comes first and answers /health/ready before
            // --deploy deploys again: count only once Payara says every deployment has finished.
            assertTrue(second.awaitLine(PAYARA_STARTED, PATIENCE), "Payara Micro finishes starting");
            List<String> deployments = second.lines(DEPLOYMENT);
            assertEquals(1, deployments.size(), "the app is deployed once on a restart: " + deployments);
            // The budget for a warm, quiet machine; -Doperations.restartBudgetSeconds raises it on a loaded one.
            long budget = Long.getLong("operations.restartBudgetSeconds", 40);
            System.out.println("OperationsIT: ready " + ready.toMillis() + " ms after a restart (budget " + budget + " s)");
            assertTrue(ready.toSeconds() < budget, "ready after " + ready.toSeconds() + " s on a restart (budget " + budget + " s)");

            Map<String, ProcessHandle> children = second.children();
            assertTrue(children.containsKey("payara") && children.containsKey("mariadbd"), children.toString());
            second.process().destroy(); // SIGTERM to the launcher, as `kill PID` or a service manager sends
            Map<String, Long> endedAt = new LinkedHashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (endedAt.size() < 2 && System.nanoTime() < deadline) {
                children.forEach((name, handle) -> {
                    if (!handle.isAlive()) {
                        endedAt.putIfAbsent(name, System.nanoTime());
                    }
                });
                Thread.sleep(20);
            }

            assertEquals(List.of("payara", "mariadbd"), List.copyOf(endedAt.keySet()),
                    "Payara Micro ends first, the database after it:\n" + second.output());
            assertTrue(second.process().waitFor(30, TimeUnit.SECONDS), "the launcher ends once both have stopped");
            assertTrue(second.output().indexOf("Facilitate: Payara Micro stopped.")
                    < second.output().indexOf("Facilitate: stopping the embedded MariaDB"), second.output());
        } finally {
            second.close();
        }
    }

    @Test
    void aBackupOfARunningInstanceRestoresIntoAFreshOneThatAnswersTheSame() throws Exception {
        Path source = BUILD.resolve("operations/backup-source");
        Path copy = BUILD.resolve("operations/backup-restored");
        TestDatabase.deleteRecursively(source);
        TestDatabase.deleteRecursively(copy);

        Map<String, String> before;
        byte[] certificate;
        Path archive;
        String evidencePath;
        try (LaunchedInstance running = LaunchedInstance.start(source, BUILD.resolve("operations/backup-source.log"))) {
            running.awaitReady(PATIENCE);
            URL url = running.url();
            // Jade Bennett (the demo's STAFF user) logs an accreditation and uploads its certificate.
            long jade = staffIdOf(ApiClient.as(url, "admin", "Demo-Setup-2026!"), "staff");
            ApiClient staff = ApiClient.as(url, "staff", "Demo-Records-2026!");
            long recordId = staff.create("staff/" + jade + "/accreditations", "{\"programmeId\":\"solihull-approach\""
                    + ",\"stage\":\"ACCREDITED\",\"awardedOn\":\"" + LocalDate.now().minusMonths(2)
                    + "\",\"certificateRef\":\"SOL-2026-0417\"}");
            ApiClient.Reply uploaded = staff.postBytes("staff/" + jade + "/accreditations/" + recordId + "/evidence",
                    "application/pdf", TestCertificates.PDF);
            assertEquals(200, uploaded.status(), uploaded.toString());
            evidencePath = "accreditations/" + recordId + "/evidence";

            ApiClient manager = ApiClient.as(url, "manager", "Demo-Verify-2026!");
            assertEquals(403, manager.post("admin/backups", "").status(), "backups are for administrators only");
            ApiClient.Reply backup = ApiClient.as(url, "admin", "Demo-Setup-2026!").post("admin/backups", "");
            assertEquals(201, backup.status(), backup.toString());
            archive = source.resolve("backups").resolve(backup.object().getString("name"));
            assertEquals(BackupArchive.checksum(archive), backup.object().getString("sha256"));
            assertEquals(1, backup.object().getInt("evidenceFiles"));
            String download = "admin/backups/" + backup.object().getString("name");
            assertEquals(403, manager.download(download).statusCode(), "only administrators download backups");
            assertArrayEquals(Files.readAllBytes(archive),
                    ApiClient.as(url, "admin", "Demo-Setup-2026!").download(download).body());

            before = answers(manager, jade);
            certificate = manager.download(evidencePath).body();
            assertArrayEquals(TestCertificates.PDF, certificate);

            // The command-line backup reaches the same running database through the data folder.
            Path commandBackup = BUILD.resolve("operations/command-backup.zip");
            Files.deleteIfExists(commandBackup);
            Process command = LaunchedInstance.fork(BackupCommand.class, List.of("-Dfacilitate.dataDir=" + source,
                    "-Dbackup.to=" + commandBackup), BUILD.resolve("operations/backup-command.log"));
            assertTrue(command.waitFor(2, TimeUnit.MINUTES) && command.exitValue() == 0,
                    Files.readString(BUILD.resolve("operations/backup-command.log")));
            assertEquals(BackupArchive.verify(archive), BackupArchive.verify(commandBackup));
        }

        Path firstRestore = BUILD.resolve("operations/restore-first.log");
        assertEquals(0, restore(archive, copy, firstRestore), Files.readString(firstRestore));
        Path secondRestore = BUILD.resolve("operations/restore-second.log");
        assertEquals(2, restore(archive, copy, secondRestore), "a second restore into the now full folder is refused");
        assertTrue(Files.readString(secondRestore).contains("The target database is not empty"),
                Files.readString(secondRestore));

        try (LaunchedInstance restored = LaunchedInstance.start(copy, BUILD.resolve("operations/backup-restored.log"))) {
            restored.awaitReady(PATIENCE);
            ApiClient manager = ApiClient.as(restored.url(), "manager", "Demo-Verify-2026!");
            Map<String, String> after = answers(manager, staffIdOf(ApiClient.as(restored.url(), "admin",
                    "Demo-Setup-2026!"), "staff"));
            assertEquals(before, after);
            assertArrayEquals(certificate, manager.download(evidencePath).body());
        }
    }

    private static int restore(Path archive, Path dataDir, Path output) throws Exception {
        Process command = LaunchedInstance.fork(RestoreCommand.class, List.of("-Dfacilitate.dataDir=" + dataDir,
                "-Drestore.from=" + archive), output);
        assertTrue(command.waitFor(3, TimeUnit.MINUTES), "the restore command ends");
        return command.exitValue();
    }

    private static long staffIdOf(ApiClient admin, String username) {
        return admin.get("users?name=" + username).array().stream().map(JsonValue::asJsonObject)
                .filter(user -> user.getString("username").equals(username))
                .findFirst().map(user -> user.getJsonNumber("staffId").longValue()).orElseThrow();
    }

    /** The answers a restore must keep: a person's records and verdicts, the cover matrix and targets, a search. */
    private static Map<String, String> answers(ApiClient manager, long staffId) {
        String on = LocalDate.now().toString();
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : List.of("staff/" + staffId + "/accreditations", "staff/" + staffId + "/supervision",
                "staff/" + staffId + "/compliance", "staff/" + staffId + "/qualifications",
                "cover/verdict?staff=" + staffId + "&programme=solihull-approach&needLevel=1&on=" + on,
                "cover?on=" + on, "cover/targets", "facilitators?programme=solihull-approach&needLevel=1&on=" + on)) {
            ApiClient.Reply reply = manager.get(path);
            assertEquals(200, reply.status(), path + ": " + reply);
            answers.put(path, reply.body());
        }
        return answers;
    }
}
