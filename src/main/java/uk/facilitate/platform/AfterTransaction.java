package uk.facilitate.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that must follow the fate of the current transaction: a stored file deleted when the
 * record it belongs to was not saved, an old file deleted only once its replacement is committed,
 * an in-memory setting put back when the change to its row rolled back.
 */
@ApplicationScoped
public class AfterTransaction {

    private static final Logger LOG = Logger.getLogger(AfterTransaction.class.getName());

    @Resource
    private TransactionSynchronizationRegistry registry;

    /** Runs {@code action} if the current transaction commits. */
    public void onCommit(Runnable action) {
        register(action, true);
    }

    /** Runs {@code action} if the current transaction rolls back (or fails to commit). */
    public void onRollback(Runnable action) {
        register(action, false);
    }

    private void register(Runnable action, boolean whenCommitted) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == whenCommitted) {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Clean-up after a transaction failed", e);
                    }
                }
            }
        });
    }
}
