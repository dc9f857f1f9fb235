package uk.facilitate.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.ConcurrentEdit;
import uk.facilitate.platform.InvalidInput;
import uk.facilitate.platform.NotFound;
import uk.facilitate.qualification.service.QualificationIndex;

/**
 * Logging accreditations and verifying them. A record logged by the practitioner waits for a
 * manager's verification; a manager's own entry from seen evidence is verified at once.
 */
@ApplicationScoped
@Transactional
public class AccreditationService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private QualificationIndex qualificationIndex;

    private final Clock clock = Clock.systemDefaultZone();

    public AccreditationRecord add(long staffId, AccreditationInput input) {
        access.requireEditRecordsOf(staffId);
        validate(input);
        Programme programme = catalogue.require(input.programmeId());
        boolean byManagerForSomeoneElse = access.isManager() && !access.isOwn(staffId);
        AccreditationRecord record = new AccreditationRecord(staffId, programme.id(), input.stage(), input.awardedOn(),
                input.expiresOn(), blankToNull(input.awardingBody()) == null ? programme.accreditingBody() : input.awardingBody(),
                blankToNull(input.certificateRef()),
                byManagerForSomeoneElse ? AccreditationRecord.Origin.MANAGER : AccreditationRecord.Origin.SELF,
                access.user().map(u -> u.getUsername()).orElse("system"));
        if (byManagerForSomeoneElse) {
            record.markVerifiedOnEntry(record.getCreatedBy(), Instant.now());
        }
        em.persist(record);
        em.flush();
        audit.record("ACCREDITATION_ADDED", "AccreditationRecord", record.getId(),
                "staff " + staffId + ": " + programme.name() + " " + input.stage());
        qualificationIndex.refresh(staffId);
        return record;
    }

    /** Attaches a stored evidence file to a record (the file is already stored by EvidenceStore). */
    public void attachEvidence(long recordId, String storedFile, String contentType) {
        AccreditationRecord record = require(recordId);
        access.requireEditRecordsOf(record.getStaffId());
        record.attachEvidence(storedFile, contentType);
        audit.record("EVIDENCE_ATTACHED", "AccreditationRecord", recordId, contentType);
    }

    public AccreditationRecord verify(long recordId, long expectedVersion) {
        AccreditationRecord record = require(recordId);
        access.requireVerify(record.getStaffId());
        checkVersion(record, expectedVersion);
        record.verify(access.user().map(u -> u.getUsername()).orElse("system"), Instant.now());
        em.flush();
        audit.record("ACCREDITATION_VERIFIED", "AccreditationRecord", recordId, null);
        qualificationIndex.refresh(record.getStaffId());
        return record;
    }

    public AccreditationRecord reject(long recordId, long expectedVersion, String reason) {
        AccreditationRecord record = require(recordId);
        access.requireVerify(record.getStaffId());
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Say why the accreditation is rejected, so the practitioner can put it right");
        }
        checkVersion(record, expectedVersion);
        record.reject(access.user().map(u -> u.getUsername()).orElse("system"), Instant.now(), reason.strip());
        em.flush();
        audit.record("ACCREDITATION_REJECTED", "AccreditationRecord", recordId, reason);
        qualificationIndex.refresh(record.getStaffId());
        return record;
    }

    public List<AccreditationRecord> recordsOf(long staffId) {
        access.requireReadStaff(staffId);
        return em.createQuery("SELECT a FROM AccreditationRecord a WHERE a.staffId = :staff"
                        + " ORDER BY a.awardedOn DESC, a.id DESC", AccreditationRecord.class)
                .setParameter("staff", staffId).getResultList();
    }

    public AccreditationRecord find(long recordId) {
        AccreditationRecord record = require(recordId);
        access.requireReadStaff(record.getStaffId());
        return record;
    }

    /** Records waiting for a manager, oldest first (the verification queue). */
    public List<AccreditationRecord> awaitingVerification(int first, int max) {
        access.requireManager("see the verification queue");
        return em.createQuery("SELECT a FROM AccreditationRecord a WHERE a.verification = :pending ORDER BY a.createdAt, a.id",
                        AccreditationRecord.class)
                .setParameter("pending", AccreditationRecord.Verification.PENDING)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countAwaitingVerification() {
        access.requireManager("see the verification queue");
        return em.createQuery("SELECT COUNT(a) FROM AccreditationRecord a WHERE a.verification = :pending", Long.class)
                .setParameter("pending", AccreditationRecord.Verification.PENDING).getSingleResult();
    }

    private AccreditationRecord require(long recordId) {
        AccreditationRecord record = em.find(AccreditationRecord.class, recordId);
        if (record == null) {
            throw new NotFound("No accreditation record with id " + recordId);
        }
        return record;
    }

    private static void checkVersion(AccreditationRecord record, long expectedVersion) {
        if (record.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Someone else has changed this accreditation since you opened it; reload and try again");
        }
    }

    private void validate(AccreditationInput input) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (input.programmeId() == null || input.programmeId().isBlank()) {
            problems.add(new InvalidInput.Problem("programmeId", "Choose the programme or course"));
        } else if (!catalogue.isCurrent(input.programmeId())) {
            problems.add(new InvalidInput.Problem("programmeId",
                    "'" + input.programmeId() + "' is not a programme in the catalogue"));
        }
        if (input.stage() == null) {
            problems.add(new InvalidInput.Problem("stage", "Choose the stage reached (enrolled, trained, accredited…)"));
        }
        LocalDate today = LocalDate.now(clock);
        if (input.awardedOn() == null && input.stage() != null && input.stage() != AccreditationStage.ENROLLED) {
            problems.add(new InvalidInput.Problem("awardedOn", "Give the date the stage was reached"));
        }
        if (input.awardedOn() != null && input.awardedOn().isAfter(today)) {
            problems.add(new InvalidInput.Problem("awardedOn", "The date awarded cannot be in the future"));
        }
        if (input.awardedOn() != null && input.expiresOn() != null && input.expiresOn().isBefore(input.awardedOn())) {
            problems.add(new InvalidInput.Problem("expiresOn", "The expiry date cannot be before the date awarded"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
