package uk.facilitate.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.facilitate.accreditation.AccreditationStage;
import uk.facilitate.platform.Access;

/**
 * The staff directory's queries: filtered, sorted, one page at a time, restricted to what the
 * caller may see (managers everyone, coordinators their localities, staff themselves).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffDirectory {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    /** Directory filters; any may be null. */
    public record Filter(String name, Long organisationId, Long settingId, Long localityId, StaffRole role,
                         String programmeId, AccreditationStage stage) {
    }

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "s.familyName %1$s, s.givenName %1$s, s.id",
            "employeeRef", "s.employeeRef %1$s",
            "role", "s.role %1$s, s.familyName",
            "professionalLevel", "s.professionalLevel %1$s, s.familyName",
            "startDate", "s.startDate %1$s, s.familyName");

    public List<StaffMember> search(Filter filter, int first, int max, String sortField, boolean ascending) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        String order = SORTABLE.getOrDefault(sortField == null ? "name" : sortField, SORTABLE.get("name"))
                .formatted(ascending ? "ASC" : "DESC");
        TypedQuery<StaffMember> query = em.createQuery("SELECT s FROM StaffMember s" + where + " ORDER BY " + order,
                StaffMember.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM StaffMember s" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where(Filter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!access.isManager()) {
            if (access.isCoordinator()) {
                Set<Long> localities = access.coordinatorLocalities();
                conditions.add(localities.isEmpty() ? "1 = 0"
                        : "EXISTS (SELECT 1 FROM StaffMember v JOIN v.localityIds vl WHERE v = s AND vl IN :visibleLocalities)");
                if (!localities.isEmpty()) {
                    params.put("visibleLocalities", localities);
                }
            } else {
                conditions.add("s.id = :ownId");
                params.put("ownId", access.ownStaffId().orElse(-1L));
            }
        }
        if (f.name() != null && !f.name().isBlank()) {
            conditions.add("(LOWER(s.familyName) LIKE :name OR LOWER(s.givenName) LIKE :name OR LOWER(s.employeeRef) LIKE :name)");
            params.put("name", "%" + f.name().strip().toLowerCase() + "%");
        }
        if (f.organisationId() != null) {
            conditions.add("s.organisationId = :organisation");
            params.put("organisation", f.organisationId());
        }
        if (f.role() != null) {
            conditions.add("s.role = :role");
            params.put("role", f.role());
        }
        if (f.localityId() != null) {
            conditions.add(":locality MEMBER OF s.localityIds");
            params.put("locality", f.localityId());
        }
        if (f.settingId() != null) {
            conditions.add(":setting MEMBER OF s.settingIds");
            params.put("setting", f.settingId());
        }
        if (f.programmeId() != null || f.stage() != null) {
            StringBuilder sub = new StringBuilder("EXISTS (SELECT 1 FROM AccreditationRecord a WHERE a.staffId = s.id");
            if (f.programmeId() != null) {
                sub.append(" AND a.programmeId = :programme");
                params.put("programme", f.programmeId());
            }
            if (f.stage() != null) {
                sub.append(" AND a.stage = :stage");
                params.put("stage", f.stage());
            }
            conditions.add(sub.append(")").toString());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
