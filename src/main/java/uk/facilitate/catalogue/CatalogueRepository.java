package uk.facilitate.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Queries over the stored catalogue. */
@ApplicationScoped
public class CatalogueRepository {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    public long countCurrent() {
        return em.createQuery("SELECT COUNT(e) FROM CatalogueEntry e WHERE e.retiredAt IS NULL", Long.class)
                .getSingleResult();
    }

    public List<CatalogueEntry> findAll() {
        return em.createQuery("SELECT e FROM CatalogueEntry e ORDER BY e.name", CatalogueEntry.class)
                .getResultList();
    }
}
