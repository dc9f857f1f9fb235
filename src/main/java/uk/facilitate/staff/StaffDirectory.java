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
import uk.facilitate.platform.Access;
import uk.facilitate.shared.AccreditationStage;

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

    /** Sort keys of {@link #entries}: the directory's sortable columns. */
    private static final Map<String, String> ENTRY_ORDER = Map.of(
            "name", "s.familyName %1$s, s.givenName %1$s, s.id",
            "employeeRef", "s.employeeRef %1$s",
            "role", "s.role %1$s, s.familyName, s.givenName, s.id",
            "professionalLevel", "s.professionalLevel %1$s, s.familyName, s.givenName, s.id",
            "organisation", "o.name %1$s, s.familyName, s.givenName, s.id");

    /**
     * One page of the directory with the names of each person's organisation, localities and
     * settings: three queries for the page whatever its size, never one per person.
     */
    public List<DirectoryEntry> entries(Filter filter, int first, int max, String sortField, boolean ascending) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, params);
        conditions.add(0, "o.id = s.organisationId");
        String order = ENTRY_ORDER.getOrDefault(sortField == null ? "name" : sortField, ENTRY_ORDER.get("name"))
                .formatted(ascending ? "ASC" : "DESC");
        TypedQuery<Object[]> query = em.createQuery("SELECT s.id, s.employeeRef, s.givenName, s.familyName, s.role,"
                + " s.professionalLevel, o.name FROM StaffMember s, Organisation o WHERE " + String.join(" AND ", conditions)
                + " ORDER BY " + order, Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> localities = namesByStaff("SELECT s.id, l.name FROM StaffMember s JOIN s.localityIds lid,"
                + " Locality l WHERE l.id = lid AND s.id IN :ids ORDER BY l.name", ids);
        Map<Long, List<String>> settings = namesByStaff("SELECT s.id, t.name FROM StaffMember s JOIN s.settingIds sid,"
                + " Setting t WHERE t.id = sid AND s.id IN :ids ORDER BY t.name", ids);
        return rows.stream().map(r -> new DirectoryEntry((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                (StaffRole) r[4], (Integer) r[5], (String) r[6], localities.getOrDefault((Long) r[0], List.of()),
                settings.getOrDefault((Long) r[0], List.of()))).toList();
    }

    /** People whose name or employee ref contains {@code text}, for choosing someone (a line manager, an account's owner). */
    public List<StaffChoice> choices(String text, int max) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(new Filter(text, null, null, null, null, null, null), params);
        TypedQuery<Object[]> query = em.createQuery("SELECT s.id, s.givenName, s.familyName, s.employeeRef FROM StaffMember s"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY s.familyName, s.givenName, s.id", Object[].class);
        params.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList().stream().map(StaffDirectory::choice).toList();
    }

    /** The choice for one person the caller may see, e.g. to show a saved line manager. */
    public java.util.Optional<StaffChoice> choice(long staffId) {
        if (!access.canReadStaff(staffId)) {
            return java.util.Optional.empty();
        }
        return em.createQuery("SELECT s.id, s.givenName, s.familyName, s.employeeRef FROM StaffMember s WHERE s.id = :id",
                        Object[].class).setParameter("id", staffId).getResultList().stream()
                .map(StaffDirectory::choice).findFirst();
    }

    /** id, given name, family name, employee ref → "Jade Bennett (WBC10234)". */
    private static StaffChoice choice(Object[] row) {
        return new StaffChoice((Long) row[0], row[1] + " " + row[2] + " (" + row[3] + ")");
    }

    private Map<Long, List<String>> namesByStaff(String jpql, List<Long> ids) {
        Map<Long, List<String>> names = new HashMap<>();
        for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return names;
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM StaffMember s" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where(Filter f, Map<String, Object> params) {
        List<String> conditions = conditions(f, params);
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private List<String> conditions(Filter f, Map<String, Object> params) {
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
        return conditions;
    }
}
