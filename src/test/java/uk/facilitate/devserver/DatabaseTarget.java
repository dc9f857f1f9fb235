package uk.facilitate.devserver;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The database the backup and restore commands work on, chosen as the run command chooses it:
 * {@code DB_URL} (with {@code DB_USER}, {@code DB_PASSWORD}) when set, else the embedded MariaDB of
 * the data folder, reached on its port while the run command has it up, or started here if not.
 */
final class DatabaseTarget implements AutoCloseable {

    private final Connection connection;
    private final EmbeddedDatabase startedHere;
    private final String description;

    private DatabaseTarget(Connection connection, EmbeddedDatabase startedHere, String description) {
        this.connection = connection;
        this.startedHere = startedHere;
        this.description = description;
    }

    static DatabaseTarget open(Path dataDir) throws SQLException {
        Optional<String> external = Launcher.optional("db.url", "DB_URL");
        if (external.isPresent()) {
            return new DatabaseTarget(DriverManager.getConnection(external.get(),
                    Launcher.optional("db.user", "DB_USER").orElse(""),
                    Launcher.optional("db.password", "DB_PASSWORD").orElse("")), null, "the database at " + external.get());
        }
        Path folder = dataDir.resolve("mariadb");
        Optional<String> running = EmbeddedDatabase.runningUrl(folder);
        if (running.isPresent()) {
            return new DatabaseTarget(DriverManager.getConnection(running.get(), "root", "embedded"), null,
                    "the running embedded MariaDB in " + folder.toAbsolutePath());
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0);
        try {
            return new DatabaseTarget(DriverManager.getConnection(database.jdbcUrl(), database.user(),
                    database.password()), database, "the embedded MariaDB in " + folder.toAbsolutePath());
        } catch (SQLException e) {
            database.close();
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    boolean isRunningApp() {
        return startedHere == null && !description.startsWith("the database at");
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            if (startedHere != null) {
                startedHere.close();
            }
        }
    }
}
