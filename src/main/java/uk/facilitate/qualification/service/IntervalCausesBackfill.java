package uk.facilitate.qualification.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Intervals written before {@code end_causes} existed (V5) have an end but no causes; the engine
 * gives every finite run at least one cause, so such rows can only be old ones. Recomputes everyone
 * once at start-up when any are found, so forecasts can always explain a drop.
 */
@Singleton
@Startup
@DependsOn("CatalogueLoader")
public class IntervalCausesBackfill {

    private static final Logger LOG = Logger.getLogger(IntervalCausesBackfill.class.getName());

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private QualificationIndex index;

    @PostConstruct
    void backfillIfNeeded() {
        boolean stale = !em.createNativeQuery("SELECT 1 FROM qualification_interval"
                        + " WHERE end_causes IS NULL AND valid_until < ? LIMIT 1")
                .setParameter(1, QualificationIndex.OPEN_END).getResultList().isEmpty();
        if (stale) {
            LOG.info("Qualification intervals without end causes found: recomputing everyone once");
            index.rebuildAll(LOG::info);
        }
    }
}
