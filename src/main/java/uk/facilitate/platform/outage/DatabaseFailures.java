package uk.facilitate.platform.outage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure to reach the database (server down, connection refused or cut, no pooled
 * connection to be had) from every other failure, by looking through the whole chain of causes:
 * EclipseLink, the transaction manager and the pool each wrap the driver's exception differently.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Whether {@code failure} (or anything that caused it) says the database could not be reached. */
    public static boolean isUnreachable(Throwable failure) {
        return find(failure, DatabaseFailures::saysUnreachable) != null;
    }

    /**
     * Whether {@code failure} happened while committing: the database may have stored the change
     * before the connection broke, so nobody can say whether it was saved.
     */
    public static boolean isDuringCommit(Throwable failure) {
        return find(failure, e -> e instanceof jakarta.transaction.RollbackException
                || e instanceof jakarta.transaction.HeuristicMixedException
                || e instanceof jakarta.transaction.HeuristicRollbackException
                || e instanceof jakarta.transaction.SystemException) != null;
    }

    /**
     * Whether {@code failure} could be the database going away without saying so: a commit that failed
     * (the transaction manager may report only "rolled back") or a driver error that is not one of the
     * database's refusals (bad data, a broken constraint or rule, a deadlock). Worth a direct look.
     */
    public static boolean mayBeUnreachable(Throwable failure) {
        return isDuringCommit(failure) || find(failure, e -> e instanceof SQLException sql && !isRefusal(sql)
                || e.getClass().getName().equals("org.eclipse.persistence.exceptions.DatabaseException")
                && !(e.getCause() instanceof SQLException)) != null;
    }

    /** SQL state classes 22 (data), 23 (constraint), 40 (rollback, deadlock) and 42 (syntax or rule): the database answered. */
    private static boolean isRefusal(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("40")
                || state.startsWith("42"));
    }

    /** The first line of the driver's own message, for the one log line an outage gets. */
    public static String summary(Throwable failure) {
        Throwable cause = find(failure, DatabaseFailures::saysUnreachable);
        Throwable shown = cause == null ? failure : cause;
        String message = String.valueOf(shown.getMessage());
        int newline = message.indexOf('\n');
        return shown.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }

    private static boolean saysUnreachable(Throwable e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return true;
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true; // SQL state class 08: connection exception (Connector/J's "Communications link failure" is 08S01)
        }
        String type = e.getClass().getName();
        // Payara's pool reports "Error in allocating a connection" with these, sometimes without the driver's cause.
        return type.endsWith(".PoolingException") || type.endsWith(".ResourceAllocationException")
                || type.endsWith(".CommunicationsException") || type.endsWith(".ConnectException");
    }

    private static Throwable find(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = failure;
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            if (test.test(current)) {
                return current;
            }
            if (current instanceof SQLException sql && sql.getNextException() != null) {
                Throwable inNext = find(sql.getNextException(), test);
                if (inNext != null) {
                    return inNext;
                }
            }
            current = current.getCause();
        }
        return null;
    }
}
