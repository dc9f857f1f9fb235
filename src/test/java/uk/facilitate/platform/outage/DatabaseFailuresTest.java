package uk.facilitate.platform.outage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which failures say the database is unreachable, and which are only worth a direct look. */
class DatabaseFailuresTest {

    @Test
    void connectionFailuresAnywhereInTheChainSayUnreachable() {
        SQLException link = new SQLException("Communications link failure", "08S01");
        assertTrue(DatabaseFailures.isUnreachable(new PersistenceException(new RuntimeException(link))));
        SQLException first = new SQLException("batch failed", "HY000");
        first.setNextException(new java.sql.SQLNonTransientConnectionException("Connection refused"));
        assertTrue(DatabaseFailures.isUnreachable(new PersistenceException(first)), "found through getNextException");
    }

    @Test
    void aCommitThatFailedWithoutSayingWhyIsWorthALookButIsNotAnOutageByItself() {
        RollbackException commit = new RollbackException("Transaction marked for rollback");
        assertFalse(DatabaseFailures.isUnreachable(commit));
        assertTrue(DatabaseFailures.mayBeUnreachable(commit));
        assertTrue(DatabaseFailures.isDuringCommit(new IllegalStateException(commit)));
        assertTrue(DatabaseFailures.mayBeUnreachable(new PersistenceException(new SQLException("general error", "HY000"))));
        assertTrue(DatabaseFailures.mayBeUnreachable(new PersistenceException(new SQLException("no state"))));
    }

    @Test
    void theDatabasesOwnRefusalsAndOrdinaryBugsAreNotLookedInto() {
        assertFalse(DatabaseFailures.mayBeUnreachable(
                new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseFailures.mayBeUnreachable(new PersistenceException(new SQLException("Data too long", "22001"))));
        assertFalse(DatabaseFailures.mayBeUnreachable(new PersistenceException(new SQLException("Deadlock", "40001"))));
        assertFalse(DatabaseFailures.mayBeUnreachable(new NullPointerException()));
        assertFalse(DatabaseFailures.mayBeUnreachable(new jakarta.persistence.OptimisticLockException("stale")));
    }
}
