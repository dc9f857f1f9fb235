package uk.facilitate.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.facilitate.platform.Access;

/**
 * A person's profile as their record page shows it: the staff record with its organisation,
 * settings, localities and line manager by name (a handful of queries, whatever the record holds).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffProfiles {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    /** The profile of one person, with names instead of ids. */
    public record Profile(long id, String name, String employeeRef, String email, StaffRole role,
                          Integer professionalLevel, boolean registeredProfessional, String organisation,
                          List<String> settings, List<String> localities, Long lineManagerId, String lineManager,
                          LocalDate startDate, LocalDate leaveDate) implements Serializable {
        public String getRoleLabel() {
            return role == null ? "" : role.label();
        }

        public String getSettingsText() {
            return settings.isEmpty() ? "None recorded" : String.join(", ", settings);
        }

        public String getLocalitiesText() {
            return localities.isEmpty() ? "None recorded" : String.join(", ", localities);
        }
    }

    public Profile profile(long staffId) {
        access.requireReadStaff(staffId);
        StaffMember s = em.find(StaffMember.class, staffId);
        if (s == null) {
            throw new uk.facilitate.shared.NotFound("No staff member with id " + staffId);
        }
        Organisation organisation = em.find(Organisation.class, s.getOrganisationId());
        List<String> settings = s.getSettingIds().isEmpty() ? List.of()
                : em.createQuery("SELECT x.name FROM Setting x WHERE x.id IN :ids ORDER BY x.name", String.class)
                        .setParameter("ids", s.getSettingIds()).getResultList();
        List<String> localities = s.getLocalityIds().isEmpty() ? List.of()
                : em.createQuery("SELECT l.name FROM Locality l WHERE l.id IN :ids ORDER BY l.name", String.class)
                        .setParameter("ids", s.getLocalityIds()).getResultList();
        String lineManager = s.getLineManagerId() == null ? null
                : namesOf(List.of(s.getLineManagerId())).get(s.getLineManagerId());
        return new Profile(s.getId(), s.getFullName(), s.getEmployeeRef(), s.getEmail(), s.getRole(),
                s.getProfessionalLevel(), s.isRegisteredProfessional(),
                organisation == null ? null : organisation.getName(), settings, localities, s.getLineManagerId(),
                lineManager, s.getStartDate(), s.getLeaveDate());
    }

    /** Full names by id, for the people a record refers to (line managers, supervisors). */
    public Map<Long, String> namesOf(Collection<Long> staffIds) {
        access.requireSignedIn();
        Map<Long, String> names = new HashMap<>();
        if (staffIds.isEmpty()) {
            return names;
        }
        em.createQuery("SELECT s.id, s.givenName, s.familyName FROM StaffMember s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", staffIds).getResultList()
                .forEach(row -> names.put((Long) row[0], row[1] + " " + row[2]));
        return names;
    }
}
