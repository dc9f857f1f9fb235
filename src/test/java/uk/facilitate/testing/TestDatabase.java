package uk.facilitate.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import uk.facilitate.devserver.EmbeddedDatabase;

/**
 * Starts one real MariaDB for the whole test run, before Arquillian reads its configuration,
 * and hands its URL to every Payara Micro the run boots. When {@code DB_URL} is set the tests
 * use that server instead (and this starts nothing).
 */
public class TestDatabase implements LauncherSessionListener {

    /** The administrator every IT deployment starts with (created by FirstAdmin from configuration). */
    public static final String ADMIN_USER = "it-admin";
    public static final String ADMIN_PASSWORD = "Quokka-Lantern-2026!";

    /** The demo deployment's database, on the same embedded server. */
    public static final String DEMO_DATABASE = "facilitate_demo";

    private static EmbeddedDatabase embedded;
    private static String url;
    private static String user;
    private static String password;
    /** The app's JVM options on the test database, and on the demo database (empty on an external database). */
    private static List<String> appOptions = List.of();
    private static List<String> demoAppOptions = List.of("-Dfacilitate.demoData=false");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Only the integration-test JVM (Failsafe sets facilitate.war) needs a database server.
        if (System.getProperty("facilitate.war") != null) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    private static synchronized void start() {
        if (url != null) {
            return;
        }
        EmbeddedDatabase.ensureTemporaryFolderExists(); // Payara Micro's work folders go there too
        String external = System.getenv("DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv().getOrDefault("DB_USER", "");
            password = System.getenv().getOrDefault("DB_PASSWORD", "");
            // Payara Micro inherits the environment, so DB_URL/DB_USER/DB_PASSWORD reach the app as they are.
        } else {
            Path folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "test-database");
            deleteRecursively(folder); // each run starts from an empty database
            embedded = EmbeddedDatabase.start(folder, 0);
            url = embedded.jdbcUrl();
            user = embedded.user();
            password = embedded.password();
            appOptions = List.of("-Ddb.url=" + url, "-Ddb.user=" + user, "-Ddb.password=" + password,
                    "-Dfacilitate.embeddedDatabase=true", "-Dfacilitate.demoData=false",
                    "-Dfacilitate.admin.username=" + ADMIN_USER, "-Dfacilitate.admin.password=" + ADMIN_PASSWORD,
                    "-Dfacilitate.dataDir=" + folder.resolve("files").toAbsolutePath(), "-Xmx1g");
            String existing = System.getProperty("payara.cmdOptions", "");
            System.setProperty("payara.cmdOptions", (existing + " " + String.join(" ", appOptions)).trim());
            // A second database on the same server for the demo-borough app (@SharedApp(demo = true)):
            // it starts empty, so the Wyvernside demo loads as it does for a newcomer's first run.
            embedded.createDatabase(DEMO_DATABASE);
            String demoUrl = url.replace("/" + EmbeddedDatabase.DATABASE + "?", "/" + DEMO_DATABASE + "?");
            demoAppOptions = List.of("-Ddb.url=" + demoUrl, "-Ddb.user=" + user, "-Ddb.password=" + password,
                    "-Dfacilitate.embeddedDatabase=true", "-Dfacilitate.demoData=true",
                    "-Dfacilitate.today=" + SharedApp.DEMO_TODAY,
                    "-Dfacilitate.dataDir=" + folder.resolve("demo-files").toAbsolutePath(), "-Xmx1g");
        }
        System.setProperty("payara.extraMicroOptions",
                (System.getProperty("payara.extraMicroOptions", "") + " --nocluster").trim());
        coverageAgent().ifPresent(agent -> System.setProperty("payara.cmdOptions",
                (System.getProperty("payara.cmdOptions", "") + " " + agent).trim()));
    }

    /** The JaCoCo agent option for app servers, when the build measures coverage ({@code -Pcoverage}). */
    public static Optional<String> coverageAgent() {
        String agent = System.getProperty("facilitate.coverageAgent", "");
        return agent.startsWith("-javaagent:") ? Optional.of(agent) : Optional.empty();
    }

    /** A datasource on the test database, for tests that check the database directly. */
    public static DataSource dataSource() {
        start();
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** JVM options that point an app (Payara Micro) at the test database, as every IT deployment has. */
    public static List<String> appOptions() {
        start();
        return appOptions;
    }

    /** JVM options that point an app at the demo database, where it loads the demo borough on first start. */
    public static List<String> demoAppOptions() {
        start();
        return demoAppOptions;
    }

    public static String url() {
        start();
        return url;
    }

    /** Whether the demo deployment has a demo borough to show (only on the embedded test server). */
    public static boolean hasDemoBorough() {
        start();
        return embedded != null;
    }

    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
