package uk.facilitate.platform.outage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code idempotency_key} table and the transaction a keyed request runs in: the key is claimed at
 * the start of that transaction and its answer written at the end, so the key and the record it
 * answers for are committed together or not at all.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class.getName());

    /** A key's row as an earlier request left it. */
    public record Stored(String fingerprint, Integer status, String type, String location, String body) {
    }

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    /**
     * Begins the request's transaction and claims the key in it. Empty when the key is new (the
     * transaction stays open for the request); otherwise the earlier request's row, and no transaction.
     * A concurrent request with the same key waits here until the first one has finished.
     */
    public Optional<Stored> claim(String username, String key, String fingerprint) {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("Could not start a transaction for an Idempotency-Key request", e);
        }
        try {
            // INSERT IGNORE waits for a concurrent holder of the same key, then inserts nothing if it committed.
            int claimed = em.createNativeQuery("INSERT IGNORE INTO idempotency_key (username, idem_key, fingerprint,"
                            + " created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, username).setParameter(2, key).setParameter(3, fingerprint)
                    .setParameter(4, Instant.now()).executeUpdate();
            if (claimed == 1) {
                return Optional.empty();
            }
            Object[] row = (Object[]) em.createNativeQuery("SELECT fingerprint, response_status, response_type,"
                            + " response_location, response_body FROM idempotency_key"
                            + " WHERE username = ? AND idem_key = ? LOCK IN SHARE MODE")
                    .setParameter(1, username).setParameter(2, key).getSingleResult();
            rollback();
            return Optional.of(new Stored((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(),
                    (String) row[2], (String) row[3], (String) row[4]));
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** Records the answer under the claimed key and commits the request's transaction. */
    public void complete(String username, String key, int status, String type, String location, String body)
            throws RollbackException, HeuristicMixedException, HeuristicRollbackException, SystemException {
        em.createNativeQuery("UPDATE idempotency_key SET response_status = ?, response_type = ?, response_location = ?,"
                        + " response_body = ? WHERE username = ? AND idem_key = ?")
                .setParameter(1, status).setParameter(2, type).setParameter(3, location).setParameter(4, body)
                .setParameter(5, username).setParameter(6, key).executeUpdate();
        transaction.commit();
    }

    /** Whether the request's work has failed and must not be committed. */
    public boolean mustRollBack() {
        try {
            return transaction.getStatus() != Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            return true;
        }
    }

    /** Ends the request's transaction without keeping anything (the key too: the client may retry with it). */
    public void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.FINE, "Rollback after an Idempotency-Key request failed", e);
        }
    }
}
