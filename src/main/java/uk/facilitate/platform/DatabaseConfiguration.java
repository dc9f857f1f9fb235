package uk.facilitate.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one datasource. Values come from MicroProfile Config at deployment:
 * {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} as environment variables or
 * {@code db.url}, {@code db.user}, {@code db.password} as system properties (the run command
 * and the test run set these for the embedded MariaDB). Payara resolves them before the app's
 * own config file is read, so there are no defaults in META-INF.
 *
 * <p>Timeouts make a dead database show within a second rather than hang requests: a connection
 * attempt gives up after 1 s, a read on a silent socket after 30 s (longer than any report, so a
 * slow query is never cut off), a request waits at most 5 s for a free pooled connection, and one
 * failed validation closes every pooled connection so that none is reused after the server restarts.
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        loginTimeout = 1,
        properties = {
            "connectTimeout=1000",
            "socketTimeout=30000",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.fail-all-connections=true",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.statement-timeout-in-seconds=-1"
        })
@Singleton
public class DatabaseConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/facilitate";
}
