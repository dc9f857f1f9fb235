package uk.facilitate.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.facilitate.shared.NeedLevel;

/** Queries over the stored catalogue. */
@ApplicationScoped
public class CatalogueRepository {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    public long countCurrent() {
        return em.createQuery("SELECT COUNT(e) FROM CatalogueEntry e WHERE e.retiredAt IS NULL", Long.class)
                .getSingleResult();
    }

    /**
     * Rewrites a programme's rows in {@code programme_need_level} from the programme as the borough
     * runs it (catalogue plus local settings), for queries that join on need levels.
     */
    public void writeNeedLevels(Programme programme) {
        em.createNativeQuery("DELETE FROM programme_need_level WHERE programme_id = ?")
                .setParameter(1, programme.id()).executeUpdate();
        for (NeedLevel level : programme.needLevels()) {
            em.createNativeQuery("INSERT INTO programme_need_level (programme_id, need_level, minimum_professional_level)"
                            + " VALUES (?, ?, ?)")
                    .setParameter(1, programme.id())
                    .setParameter(2, level.number())
                    .setParameter(3, programme.minimumProfessionalLevel().get(level))
                    .executeUpdate();
        }
    }
}
