package uk.facilitate.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
    /** The system property arquillian.xml reads for the demo container's JVM options. */
    static final String DEMO_OPTIONS = "facilitate.demoCmdOptions";

    private static EmbeddedDatabase embedded;
    private static String url;
    private static String user;
    private static String password;

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
            String options = "-Ddb.url=" + url + " -Ddb.user=" + user + " -Ddb.password=" + password
                    + " -Dfacilitate.embeddedDatabase=true -Dfacilitate.demoData=false"
                    + " -Dfacilitate.admin.username=" + ADMIN_USER + " -Dfacilitate.admin.password=" + ADMIN_PASSWORD
                    + " -Dfacilitate.dataDir=" + folder.resolve("files").toAbsolutePath();
            String existing = System.getProperty("payara.cmdOptions", "");
            System.setProperty("payara.cmdOptions", (existing + " " + options + " -Xmx1g").trim());
            // A second database on the same server for the demo-borough deployment (Deployments.demo()):
            // it starts empty, so the Wyvernside demo loads as it does for a newcomer's first run.
            embedded.createDatabase(DEMO_DATABASE);
            String demoUrl = url.replace("/" + EmbeddedDatabase.DATABASE + "?", "/" + DEMO_DATABASE + "?");
            // Arquillian puts the value into arquillian.xml before parsing it: escape the URL's '&'.
            System.setProperty(DEMO_OPTIONS, ("-Ddb.url=" + demoUrl.replace("&", "&amp;") + " -Ddb.user=" + user + " -Ddb.password=" + password
                    + " -Dfacilitate.embeddedDatabase=true -Dfacilitate.demoData=true"
                    + " -Dfacilitate.dataDir=" + folder.resolve("demo-files").toAbsolutePath() + " -Xmx1g").trim());
        }
        if (System.getProperty(DEMO_OPTIONS) == null) {
            // On an external database there is no empty second database to load the demo into.
            System.setProperty(DEMO_OPTIONS, "-Dfacilitate.demoData=false");
        }
        System.setProperty("payara.extraMicroOptions",
                (System.getProperty("payara.extraMicroOptions", "") + " --nocluster").trim());
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
