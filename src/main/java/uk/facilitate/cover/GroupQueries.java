package uk.facilitate.cover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The delivery groups' queries: who is qualified on every session date (one query over the
 * precomputed intervals), which other groups share a session date with someone, and group lists.
 */
@ApplicationScoped
public class GroupQueries {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    /** A member of staff as lists show them. */
    public record Person(long staffId, String name, String role) {
    }

    /** Another group a person facilitates on some of the same dates. */
    public record OtherGroup(long staffId, long groupId, String programmeId, long settingId, LocalDate startDate,
                             int sessions) {
    }

    /**
     * People serving the locality who are qualified for the programme at the need level on every one
     * of the dates, by family name.
     */
    public List<Person> qualifiedOnEveryDate(String programmeId, int needLevel, long localityId, List<LocalDate> dates) {
        String sessions = dates.stream().map(d -> "SELECT " + CoverQueries.date(d) + " AS d")
                .collect(Collectors.joining(" UNION ALL "));
        String sql = "SELECT s.id, s.given_name, s.family_name, s.role FROM staff_member s WHERE s.id IN ("
                + " SELECT qi.staff_id FROM cover_interval qi"
                + " JOIN (" + sessions + ") sessions ON qi.valid_from <= sessions.d AND qi.valid_until >= sessions.d"
                + " WHERE qi.programme_short_id = ? AND qi.need_level = " + needLevel + " AND qi.locality_id = " + localityId
                + " GROUP BY qi.staff_id HAVING COUNT(*) = " + dates.size() + ")"
                + " ORDER BY s.family_name, s.given_name, s.id";
        // cover_interval keys programmes by their short id; looked up first so the read is a range of the key
        @SuppressWarnings("unchecked")
        List<Number> shortId = em.createNativeQuery("SELECT short_id FROM programme WHERE id = ?")
                .setParameter(1, programmeId).getResultList();
        if (shortId.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, shortId.get(0).intValue()).getResultList();
        return rows.stream().map(r -> new Person(((Number) r[0]).longValue(), r[1] + " " + r[2], roleLabel((String) r[3])))
                .toList();
    }

    /**
     * People serving the locality and still in post on {@code from} who have any record of the programme
     * (enrolled, trained, accredited, lapsed…), by family name: everyone the engine may find able to facilitate
     * it, or nearly.
     */
    public List<Person> withRecordFor(String programmeId, long localityId, LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.given_name, s.family_name, s.role FROM staff_member s"
                        + " JOIN staff_locality sl ON sl.staff_id = s.id AND sl.locality_id = ?"
                        + " WHERE (s.leave_date IS NULL OR s.leave_date >= ?)"
                        + " AND EXISTS (SELECT 1 FROM accreditation_record a WHERE a.staff_id = s.id AND a.programme_id = ?)"
                        + " ORDER BY s.family_name, s.given_name, s.id")
                .setParameter(1, localityId).setParameter(2, from).setParameter(3, programmeId).getResultList();
        return rows.stream().map(r -> new Person(((Number) r[0]).longValue(), r[1] + " " + r[2], roleLabel((String) r[3])))
                .toList();
    }

    /** "Health visitor" for HEALTH_VISITOR, as pages show a role. */
    static String roleLabel(String role) {
        try {
            return role == null ? "" : uk.facilitate.staff.StaffRole.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    /** Whether the person serves the locality. */
    public boolean serves(long staffId, long localityId) {
        return !em.createNativeQuery("SELECT 1 FROM staff_locality WHERE staff_id = ? AND locality_id = ?")
                .setParameter(1, staffId).setParameter(2, localityId).getResultList().isEmpty();
    }

    /**
     * Other groups these people are assigned to that meet on the same weekday while this group runs,
     * so may share a session date (the caller works out which dates).
     */
    public List<OtherGroup> otherGroups(Collection<Long> staffIds, long exceptGroupId, LocalDate start, LocalDate end) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT f.staff_id, g.id, g.programme_id, g.setting_id, g.start_date, g.sessions"
                + " FROM delivery_group_facilitator f JOIN delivery_group g ON g.id = f.group_id"
                + " WHERE f.staff_id IN (" + staffIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"
                + " AND g.id <> " + exceptGroupId
                + " AND g.start_date <= " + CoverQueries.date(end) + " AND g.end_date >= " + CoverQueries.date(start)
                + " AND MOD(DATEDIFF(g.start_date, " + CoverQueries.date(start) + "), 7) = 0"
                + " ORDER BY g.start_date, g.id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new OtherGroup(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], ((Number) r[3]).longValue(), CoverQueries.toDate(r[4]), ((Number) r[5]).intValue())).toList();
    }

    /** Names and roles of these people. */
    public Map<Long, Person> people(Collection<Long> staffIds) {
        Map<Long, Person> people = new HashMap<>();
        if (staffIds.isEmpty()) {
            return people;
        }
        em.createQuery("SELECT s.id, s.givenName, s.familyName, s.role FROM StaffMember s WHERE s.id IN :ids",
                        Object[].class).setParameter("ids", Set.copyOf(staffIds)).getResultList()
                .forEach(r -> people.put((Long) r[0], new Person((Long) r[0], r[1] + " " + r[2],
                        r[3] == null ? "" : ((uk.facilitate.staff.StaffRole) r[3]).label())));
        return people;
    }

    /** Setting names (and their localities) by id. */
    public Map<Long, Object[]> settings(Collection<Long> ids) {
        Map<Long, Object[]> settings = new HashMap<>();
        if (ids.isEmpty()) {
            return settings;
        }
        em.createQuery("SELECT s.id, s.name, s.localityId FROM Setting s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids)).getResultList().forEach(r -> settings.put((Long) r[0], r));
        return settings;
    }

    public Map<Long, String> localityNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT l.id, l.name FROM Locality l WHERE l.id IN :ids", Object[].class)
                    .setParameter("ids", Set.copyOf(ids)).getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** Groups in the localities (null: all) overlapping [from, to] (either may be null), a page at a time. */
    public List<DeliveryGroup> list(Set<Long> localities, Long localityId, LocalDate from, LocalDate to, int first, int max) {
        List<String> where = new ArrayList<>();
        if (localities != null) {
            where.add(localities.isEmpty() ? "1 = 0" : "g.localityId IN :localities");
        }
        if (localityId != null) {
            where.add("g.localityId = :locality");
        }
        if (from != null) {
            where.add("g.endDate >= :from");
        }
        if (to != null) {
            where.add("g.startDate <= :to");
        }
        TypedQuery<DeliveryGroup> query = em.createQuery("SELECT g FROM DeliveryGroup g"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY g.startDate, g.id", DeliveryGroup.class);
        if (localities != null && !localities.isEmpty()) {
            query.setParameter("localities", localities);
        }
        if (localityId != null) {
            query.setParameter("locality", localityId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }
}
