package uk.facilitate.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: the database answers, and which schema version it is at. Health is
 * public, so it never names the database product or version, nor repeats the driver's messages.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                            + " ORDER BY installed_rank DESC LIMIT 1")) {
                response.withData("schemaVersion", rs.next() ? rs.getString(1) : "none");
            }
            return response.up().build();
        } catch (SQLException e) {
            // Anyone may ask: say that it failed, not which server or driver answered what.
            return response.down().withData("error", "the database did not answer (SQLState " + e.getSQLState() + ")").build();
        }
    }
}
