package uk.facilitate.platform.outage;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the database is reachable, as this server last saw it. The first request that fails to
 * reach it marks the outage (logged once); while it lasts, requests are answered 503 at once without
 * touching the database, and at most one request a second checks whether it is back (logged once).
 */
@ApplicationScoped
public class DatabaseAvailability {

    /** What {@code Retry-After} tells clients while the database is down. */
    public static final int RETRY_AFTER_SECONDS = 5;
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());

    private final AtomicReference<Instant> downSince = new AtomicReference<>();
    private final AtomicLong lastProbe = new AtomicLong(System.nanoTime());
    private final AtomicBoolean probing = new AtomicBoolean();

    /**
     * Whether a request may go ahead. While the database is down this is false, except for the one
     * request a second that finds the database back.
     */
    public boolean admits() {
        if (downSince.get() == null) {
            return true;
        }
        long last = lastProbe.get();
        if (System.nanoTime() - last < PROBE_INTERVAL.toNanos() || !probing.compareAndSet(false, true)) {
            return false;
        }
        try {
            lastProbe.set(System.nanoTime());
            if (reachable()) {
                recovered();
                return true;
            }
            return false;
        } finally {
            probing.set(false);
        }
    }

    /**
     * Notes a failure; returns whether it was the database being unreachable (then the outage is on
     * record). A failure that does not say so but might be it (a commit that failed, say, while the
     * server was being killed) is checked with a direct connection.
     */
    public boolean noteFailure(Throwable failure) {
        if (!DatabaseFailures.isUnreachable(failure)
                && !(DatabaseFailures.mayBeUnreachable(failure) && !reachable())) {
            return false;
        }
        Instant now = Instant.now();
        if (downSince.compareAndSet(null, now)) {
            lastProbe.set(System.nanoTime());
            LOG.severe(() -> "The database cannot be reached (" + DatabaseFailures.summary(failure) + "). Requests are"
                    + " answered 503 until it is back; this server checks once a second and logs when it is.");
        }
        return true;
    }

    /**
     * Whether the database answers a direct connection now, noting the outage if it does not: for work
     * that failed without an exception to look at (a transaction found marked for rollback).
     */
    public boolean confirmReachable() {
        if (isDown()) {
            return false;
        }
        if (reachable()) {
            return true;
        }
        noteFailure(new java.sql.SQLTransientConnectionException("no connection to the database could be made"));
        return false;
    }

    public boolean isDown() {
        return downSince.get() != null;
    }

    /**
     * A direct connection with the datasource's settings, not one from the pool: the pool logs three
     * warnings for every connection it fails to make, which would fill the log once a second.
     */
    private static boolean reachable() {
        Config config = ConfigProvider.getConfig();
        MysqlDataSource direct = new MysqlDataSource();
        try {
            direct.setURL(config.getValue("db.url", String.class));
            direct.setUser(config.getOptionalValue("db.user", String.class).orElse(""));
            direct.setPassword(config.getOptionalValue("db.password", String.class).orElse(""));
            direct.setConnectTimeout(1000);
            direct.setSocketTimeout(2000);
            try (Connection connection = direct.getConnection()) {
                return connection.isValid(1);
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private void recovered() {
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            LOG.info(() -> "The database is reachable again after " + Duration.between(since, Instant.now()).toSeconds()
                    + " s of outage; requests are served again.");
        }
    }
}
