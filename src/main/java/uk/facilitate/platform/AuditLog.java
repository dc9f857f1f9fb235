package uk.facilitate.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Writes the audit trail; callers are application services, inside their transaction. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    public void record(String action, String entityType, Object entityId, String detail) {
        recordAs(access.userName(), action, entityType, entityId, detail);
    }

    /** For work that runs outside its user's request (a background import), which names that user itself. */
    public void recordAs(String actor, String action, String entityType, Object entityId, String detail) {
        em.persist(new AuditEvent(Instant.now(), actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), detail));
    }
}
