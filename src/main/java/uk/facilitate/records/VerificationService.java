package uk.facilitate.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.accreditation.AccreditationService;
import uk.facilitate.accreditation.Certificate;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.compliance.ComplianceCheck;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.shared.NotFound;
import uk.facilitate.shared.RecordsChanged;
import uk.facilitate.supervision.SupervisionSession;
import uk.facilitate.verification.EntryVerification;
import uk.facilitate.verification.SelfEntered;
import uk.facilitate.verification.Verification;
import uk.facilitate.verification.VerificationRules;

/**
 * The verification queue: accreditations, DBS checks, safeguarding trainings and supervision sessions
 * people entered for themselves, oldest first, and a manager's decision on each. The same rules for
 * every kind: managers only, never their own record, and the version the manager saw must still be
 * the record's (a record changed meanwhile is reported, not overwritten).
 */
@ApplicationScoped
@Transactional
public class VerificationService {

    /** What a waiting record is; its lower-case name is the path segment of the decision API. */
    @Schema(name = "VerificationKind") // the simple name is taken by another type in the API
    public enum Kind {
        ACCREDITATION("Accreditation"), DBS("Enhanced DBS check"), SAFEGUARDING("Safeguarding training"),
        SUPERVISION("Supervision session");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** "dbs" or "DBS" from a path; anything else is not found. */
        public static Kind of(String value) {
            try {
                return Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new NotFound("No kind of record called '" + value + "': use accreditation, dbs, safeguarding or supervision");
            }
        }
    }

    /**
     * One waiting record as the queue shows it: {@code what} names it (the programme, or "Enhanced DBS check"),
     * {@code details} says what was entered, {@code date} is when it was awarded, issued, completed or held;
     * {@code accreditation} is the record itself for accreditations (stage, expiry, certificate), else {@code null};
     * the last four fields are the decision, once made.
     */
    public record Pending(Kind kind, long id, long staffId, String staffName, String what, String details,
                          LocalDate date, AccreditationRecord accreditation, String loggedBy, Instant loggedAt,
                          long version, Verification status, String decidedBy, Instant decidedAt,
                          String rejectionReason) {
    }

    // Every kind's waiting rows with their person and time, so one ORDER BY pages through them all.
    private static final String WAITING = "SELECT 'ACCREDITATION' AS kind, a.id, a.staff_id, a.created_at"
            + " FROM accreditation_record a WHERE a.verification = 'PENDING'"
            + " UNION ALL SELECT c.kind, c.id, c.staff_id, c.created_at FROM compliance_check c"
            + " WHERE c.verification = 'PENDING'"
            + " UNION ALL SELECT 'SUPERVISION', v.id, v.supervisee_id, v.created_at FROM supervision_session v"
            + " WHERE v.verification = 'PENDING'";

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private AccreditationService accreditations;

    @Inject
    private Event<RecordsChanged> recordsChanged;

    /**
     * Records waiting for a manager, oldest first, optionally only people whose name contains {@code name};
     * the manager's own records are left out, as someone else must verify them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> waiting(String name, int first, int max) {
        access.requireManager("see the verification queue");
        Query query = queue("SELECT q.kind, q.id", name, " ORDER BY q.created_at, q.kind, q.id")
                .setFirstResult(first).setMaxResults(max);
        @SuppressWarnings("unchecked")
        List<Object[]> keys = query.getResultList();
        Map<Kind, Set<Long>> ids = new HashMap<>();
        for (Object[] key : keys) {
            ids.computeIfAbsent(Kind.valueOf((String) key[0]), k -> new HashSet<>()).add(((Number) key[1]).longValue());
        }
        Map<String, Object> records = new HashMap<>();
        find(AccreditationRecord.class, ids.get(Kind.ACCREDITATION)).forEach(a -> records.put("ACCREDITATION" + a.getId(), a));
        Set<Long> compliance = new HashSet<>(ids.getOrDefault(Kind.DBS, Set.of()));
        compliance.addAll(ids.getOrDefault(Kind.SAFEGUARDING, Set.of()));
        find(ComplianceCheck.class, compliance).forEach(c -> records.put(c.getKind().name() + c.getId(), c));
        List<SupervisionSession> sessions = find(SupervisionSession.class, ids.get(Kind.SUPERVISION));
        sessions.forEach(s -> records.put("SUPERVISION" + s.getId(), s));

        Set<Long> people = new HashSet<>();
        records.values().forEach(r -> people.add(r instanceof AccreditationRecord a ? a.getStaffId() : ((SelfEntered) r).getStaffId()));
        sessions.stream().map(SupervisionSession::getSupervisorId).filter(java.util.Objects::nonNull).forEach(people::add);
        Map<Long, String> names = names(people);

        List<Pending> pending = new ArrayList<>();
        for (Object[] key : keys) {
            Object record = records.get((String) key[0] + ((Number) key[1]).longValue());
            if (record != null) {
                pending.add(pending(record, names));
            }
        }
        return pending;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countWaiting(String name) {
        access.requireManager("see the verification queue");
        return ((Number) queue("SELECT COUNT(*)", name, "").getSingleResult()).longValue();
    }

    /** Verifies a waiting record of any kind (managers, never their own). */
    public Pending verify(Kind kind, long id, long expectedVersion) {
        if (kind == Kind.ACCREDITATION) {
            return pending(accreditations.verify(id, expectedVersion), Map.of());
        }
        SelfEntered entry = require(kind, id);
        access.requireVerify(entry.getStaffId());
        checkVersion(entry, expectedVersion);
        entry.getVerification().verify(actor(), Instant.now());
        em.flush();
        audit.record(kind + "_VERIFIED", entry.getClass().getSimpleName(), id, null);
        recordsChanged.fire(RecordsChanged.of(entry.getStaffId()));
        return pending(entry, Map.of());
    }

    /** Rejects a waiting record of any kind with the reason its owner will see. */
    public Pending reject(Kind kind, long id, long expectedVersion, String reason) {
        if (kind == Kind.ACCREDITATION) {
            return pending(accreditations.reject(id, expectedVersion, reason), Map.of());
        }
        SelfEntered entry = require(kind, id);
        access.requireVerify(entry.getStaffId());
        String why = VerificationRules.rejectionReason(reason, kind.label().toLowerCase(Locale.ROOT));
        checkVersion(entry, expectedVersion);
        entry.getVerification().reject(actor(), Instant.now(), why);
        em.flush();
        audit.record(kind + "_REJECTED", entry.getClass().getSimpleName(), id, why);
        recordsChanged.fire(RecordsChanged.of(entry.getStaffId()));
        return pending(entry, Map.of());
    }

    private static void checkVersion(SelfEntered entry, long expectedVersion) {
        VerificationRules.checkVersion(entry.getVersion(), expectedVersion, "record");
    }

    private SelfEntered require(Kind kind, long id) {
        SelfEntered entry = kind == Kind.SUPERVISION ? em.find(SupervisionSession.class, id) : em.find(ComplianceCheck.class, id);
        if (entry == null || entry instanceof ComplianceCheck check && !check.getKind().name().equals(kind.name())) {
            throw new NotFound("No " + kind.label().toLowerCase(Locale.ROOT) + " with id " + id);
        }
        return entry;
    }

    private Query queue(String select, String name, String orderBy) {
        boolean byName = name != null && !name.isBlank();
        Query query = em.createNativeQuery(select + " FROM (" + WAITING + ") q JOIN staff_member s ON s.id = q.staff_id"
                + " WHERE q.staff_id <> ?"
                + (byName ? " AND LOWER(CONCAT(s.given_name, ' ', s.family_name)) LIKE ?" : "") + orderBy)
                .setParameter(1, access.ownStaffId().orElse(-1L));
        if (byName) {
            query.setParameter(2, "%" + name.strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }

    private <T> List<T> find(Class<T> type, Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.id IN :ids", type)
                .setParameter("ids", ids).getResultList();
    }

    private Map<Long, String> names(Set<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.id, s.givenName, s.familyName FROM StaffMember s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", staffIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r[1] + " " + r[2]));
    }

    private Pending pending(Object record, Map<Long, String> names) {
        if (record instanceof AccreditationRecord a) {
            return new Pending(Kind.ACCREDITATION, a.getId(), a.getStaffId(), names.get(a.getStaffId()),
                    catalogue.nameOf(a.getProgrammeId()), a.getStage().label(), a.getAwardedOn(), a, a.getCreatedBy(),
                    a.getCreatedAt(), a.getVersion(), a.getVerification(), a.getVerifiedBy(), a.getVerifiedAt(),
                    a.getRejectionReason());
        }
        SelfEntered entry = (SelfEntered) record;
        String name = names.get(entry.getStaffId());
        if (entry instanceof ComplianceCheck c && c.getKind() == ComplianceCheck.Kind.DBS) {
            return waiting(Kind.DBS, entry, name, (c.getCertificateNumber() == null ? "No certificate number"
                    : "Certificate " + c.getCertificateNumber()) + (c.isUpdateService() ? ", on the Update Service" : ""),
                    c.getCheckedOn());
        }
        if (entry instanceof ComplianceCheck c) {
            return waiting(Kind.SAFEGUARDING, entry, name, "Level " + c.getSafeguardingLevel(), c.getCheckedOn());
        }
        SupervisionSession s = (SupervisionSession) entry;
        String supervisor = s.getSupervisorId() != null ? names.get(s.getSupervisorId()) : s.getSupervisorName();
        return waiting(Kind.SUPERVISION, entry, name, s.getKind().label()
                        + (s.getProgrammeId() == null ? ", general" : ", " + catalogue.nameOf(s.getProgrammeId()))
                        + (s.getMinutes() == null ? "" : ", " + s.getMinutes() + " minutes")
                        + (supervisor == null ? "" : ", with " + supervisor),
                s.getSessionDate());
    }

    private static Pending waiting(Kind kind, SelfEntered entry, String name, String details, LocalDate date) {
        EntryVerification v = entry.getVerification();
        return new Pending(kind, entry.getId(), entry.getStaffId(), name, kind.label(), details, date, null,
                v.getCreatedBy(), entry.getCreatedAt(), entry.getVersion(), v.getStatus(), v.getVerifiedBy(),
                v.getVerifiedAt(), v.getRejectionReason());
    }

    private String actor() {
        return access.userName();
    }
}
