package uk.facilitate.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.shared.InvalidInput;

/** Organisations, localities and settings: the shape of the partnership. Managers keep it. */
@ApplicationScoped
@Transactional
public class WorkforceStructureService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    public Organisation addOrganisation(String name, Organisation.Kind kind) {
        access.requireManager("add organisations");
        requireText("name", name, "Give the organisation's name");
        if (kind == null) {
            throw InvalidInput.of("kind", "Choose the kind: COUNCIL, NHS_TRUST, VOLUNTARY or SCHOOL");
        }
        requireUnique("SELECT COUNT(o) FROM Organisation o WHERE o.name = :v", name.strip(), "name",
                "An organisation called " + name.strip() + " already exists");
        Organisation organisation = new Organisation(name.strip(), kind);
        em.persist(organisation);
        em.flush();
        audit.record("ORGANISATION_ADDED", "Organisation", organisation.getId(), organisation.getName());
        return organisation;
    }

    public Locality addLocality(String code, String name) {
        access.requireManager("add localities");
        requireText("code", code, "Give a short code, e.g. NORTH");
        requireText("name", name, "Give the locality's name");
        requireUnique("SELECT COUNT(l) FROM Locality l WHERE l.code = :v", code.strip(), "code",
                "Locality code " + code.strip() + " is already used");
        Locality locality = new Locality(code.strip(), name.strip());
        em.persist(locality);
        em.flush();
        audit.record("LOCALITY_ADDED", "Locality", locality.getId(), locality.getName());
        return locality;
    }

    public Setting addSetting(String name, Setting.Kind kind, Long organisationId, Long localityId) {
        access.requireManager("add settings");
        requireText("name", name, "Give the setting's name");
        if (kind == null) {
            throw InvalidInput.of("kind", "Choose the kind of setting");
        }
        if (organisationId == null || em.find(Organisation.class, organisationId) == null) {
            throw InvalidInput.of("organisationId", "Choose an existing organisation");
        }
        if (localityId != null && em.find(Locality.class, localityId) == null) {
            throw InvalidInput.of("localityId", "No locality with id " + localityId);
        }
        requireUnique("SELECT COUNT(s) FROM Setting s WHERE s.name = :v", name.strip(), "name",
                "A setting called " + name.strip() + " already exists");
        Setting setting = new Setting(name.strip(), kind, organisationId, localityId);
        em.persist(setting);
        em.flush();
        audit.record("SETTING_ADDED", "Setting", setting.getId(), setting.getName());
        return setting;
    }

    public List<Organisation> organisations() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class).getResultList();
    }

    public List<Locality> localities() {
        return em.createQuery("SELECT l FROM Locality l ORDER BY l.name", Locality.class).getResultList();
    }

    public List<Setting> settings() {
        return em.createQuery("SELECT s FROM Setting s ORDER BY s.name", Setting.class).getResultList();
    }

    private void requireUnique(String jpql, String value, String field, String message) {
        if (em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0) {
            throw InvalidInput.of(field, message);
        }
    }

    private static void requireText(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, message);
        }
    }
}
