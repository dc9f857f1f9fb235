package uk.facilitate.platform;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations at a location and turns a failure into one readable message
 * naming the script and the failing statement. Plain Java so a test can run it against any
 * database and any set of scripts.
 */
public final class SchemaMigrator {

    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final DataSource dataSource;
    private final String location;

    public SchemaMigrator(DataSource dataSource, String location) {
        this.dataSource = dataSource;
        this.location = location;
    }

    /** What a migration run did. */
    public record Result(int applied, String schemaVersion) {
        public String describe() {
            return applied == 0
                    ? "Schema is up to date at version " + schemaVersion + "; no migration applied."
                    : "Applied " + applied + " migration(s); schema now at version " + schemaVersion + ".";
        }
    }

    public Result migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(location)
                .validateMigrationNaming(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current() == null
                    ? "none" : flyway.info().current().getVersion().getVersion();
            return new Result(result.migrationsExecuted, version);
        } catch (FlywayException e) {
            throw new SchemaMigrationException(readable(e), e);
        }
    }

    /**
     * Flyway's own message already names the script, line and statement; we add why it matters
     * and keep only the first cause's text, not the stack.
     */
    static String readable(FlywayException e) {
        StringBuilder message = new StringBuilder("Database schema migration failed, so Facilitate will not start. ");
        message.append(e.getMessage() == null ? "" : e.getMessage().strip());
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        if (cause != null && (e.getMessage() == null || !e.getMessage().contains(cause.getMessage()))) {
            message.append(" Cause: ").append(cause.getMessage());
        }
        return message.toString();
    }

    /** A migration failed; the message is meant for the person starting the app. */
    public static final class SchemaMigrationException extends RuntimeException {
        public SchemaMigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
