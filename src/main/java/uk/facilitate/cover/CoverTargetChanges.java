package uk.facilitate.cover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import uk.facilitate.platform.Access;

/**
 * Who last changed each cover target and when, for the targets page. Kept apart from {@link CoverService}'s
 * target view, which the API returns as it is; one query for every target.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverTargetChanges {

    /** The user name that last set a target, and when. */
    public record LastChange(String by, Instant at) {
    }

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    /** Last changes by target id (the same readers as the targets themselves). */
    public Map<Long, LastChange> byTarget() {
        access.requireCoverReader();
        Map<Long, LastChange> changes = new HashMap<>();
        em.createQuery("SELECT t.id, t.updatedBy, t.updatedAt FROM CoverTarget t", Object[].class).getResultList()
                .forEach(row -> changes.put((Long) row[0], new LastChange((String) row[1], (Instant) row[2])));
        return changes;
    }
}
