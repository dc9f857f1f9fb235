package uk.facilitate.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.OwnProcesses;

/** What the run command relies on: stop the embedded database, start it again, the rows are still there. */
@Tag(OwnProcesses.TAG)
class EmbeddedDatabaseRestartIT {

    @Test
    void rowsWrittenBeforeARestartAreThereAfterIt() throws Exception {
        Path folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "restart-database");
        uk.facilitate.testing.TestDatabase.deleteRecursively(folder);

        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0);
             Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note VARCHAR(100))");
            statement.execute("INSERT INTO kept VALUES ('Solihull cohort booked for North')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, 0);
             Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT note FROM kept")) {
            rs.next();
            assertEquals("Solihull cohort booked for North", rs.getString(1));
        }
    }

    @Test
    void listensOnLoopbackOnlyAndStartsWithinSeconds() throws Exception {
        Path folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "restart-database-settings");
        uk.facilitate.testing.TestDatabase.deleteRecursively(folder);
        EmbeddedDatabase.start(folder, 0).close(); // the first start unpacks and installs: not measured

        long started = System.nanoTime();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertEquals("127.0.0.1", variable(statement, "bind_address"));
            // With TLS on, MariaDB 11.4 generated a 4096-bit key on every start: 1 to 35 s here.
            assertEquals("DISABLED", variable(statement, "have_ssl"));
            assertTrue(seconds < 10, "the embedded database restarted in " + seconds + " s");
        }
    }

    private static String variable(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("SHOW GLOBAL VARIABLES LIKE '" + name + "'")) {
            return rs.next() ? rs.getString(2) : null;
        }
    }
}
