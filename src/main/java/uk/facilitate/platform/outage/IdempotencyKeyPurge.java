package uk.facilitate.platform.outage;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/** Forgets Idempotency-Keys after 30 days, far beyond any client's retries, so the table stays small. */
@Singleton
public class IdempotencyKeyPurge {

    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class.getName());

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void purge() {
        int purged = em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?")
                .setParameter(1, Instant.now().minus(KEPT_FOR)).executeUpdate();
        LOG.fine(() -> "Purged " + purged + " Idempotency-Keys older than " + KEPT_FOR.toDays() + " days");
    }
}
