package uk.facilitate.accreditation;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.Inputs;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;
import uk.facilitate.shared.RecordsChanged;
import uk.facilitate.shared.Today;
import uk.facilitate.verification.Verification;
import uk.facilitate.verification.VerificationRules;

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
    private Today today;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Event<RecordsChanged> recordsChanged;

    @Inject
    private EvidenceStore evidence;


    /** A stored certificate ready to send: the file, its checked content type and a safe download name. */
    public record StoredEvidence(Path file, String contentType, String downloadName) {
    }

    public AccreditationRecord add(long staffId, AccreditationInput input) {
        return add(staffId, input, null);
    }

    /**
     * Logs an accreditation with its certificate ({@code certificate} may be {@code null}), in one
     * transaction: the file is checked with the other fields, and stored only once the record is.
     */
    public AccreditationRecord add(long staffId, AccreditationInput input, InputStream certificate) {
        access.requireEditRecordsOf(staffId);
        List<InvalidInput.Problem> problems = problems(input);
        Certificate file = null;
        if (certificate != null) {
            try {
                file = Certificate.read(certificate);
            } catch (InvalidInput refused) {
                problems.addAll(refused.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Programme programme = catalogue.require(input.programmeId());
        boolean byManagerForSomeoneElse = access.vouchesFor(staffId);
        AccreditationRecord record = new AccreditationRecord(staffId, programme.id(), input.stage(), input.awardedOn(),
                input.expiresOn(), blankToNull(input.awardingBody()) == null ? programme.accreditingBody() : input.awardingBody(),
                blankToNull(input.certificateRef()),
                byManagerForSomeoneElse ? AccreditationRecord.Origin.MANAGER : AccreditationRecord.Origin.SELF,
                access.userName());
        if (byManagerForSomeoneElse) {
            record.verify(record.getCreatedBy(), Instant.now()); // a manager enters it from evidence seen
        }
        em.persist(record);
        em.flush();
        if (file != null) {
            record.attachEvidence(evidence.store(file), file.type().mediaType());
        }
        audit.record("ACCREDITATION_ADDED", "AccreditationRecord", record.getId(),
                describe(record, file == null ? null : "certificate " + file.type().mediaType()));
        recordsChanged.fire(RecordsChanged.of(staffId));
        return record;
    }

    /**
     * Attaches (or replaces) the certificate of one of a person's records. New evidence on a
     * rejected record sends it back to the verification queue; a verified record's certificate is
     * replaced only by a manager, for someone else.
     */
    public AccreditationRecord attachEvidence(long staffId, long recordId, InputStream certificate) {
        access.requireEditRecordsOf(staffId);
        AccreditationRecord record = require(recordId);
        if (record.getStaffId() != staffId) {
            throw new NotFound("No accreditation record with id " + recordId + " for staff member " + staffId);
        }
        Certificate file = Certificate.read(certificate);
        boolean managerForSomeoneElse = access.vouchesFor(staffId);
        if (record.getVerification() == Verification.VERIFIED && !managerForSomeoneElse) {
            throw InvalidInput.of(Certificate.FIELD, "This accreditation has been verified, so its certificate can"
                    + " only be replaced by a workforce development manager");
        }
        String replaced = record.getEvidenceFile();
        record.attachEvidence(evidence.store(file), file.type().mediaType());
        evidence.deleteAfterCommit(replaced);
        boolean resubmitted = record.getVerification() == Verification.REJECTED && !managerForSomeoneElse;
        if (resubmitted) {
            record.resubmit();
        }
        em.flush();
        audit.record("EVIDENCE_ATTACHED", "AccreditationRecord", recordId, file.type().mediaType()
                + (replaced == null ? "" : ", replacing the previous certificate")
                + (resubmitted ? "; back in the verification queue" : ""));
        if (resubmitted) {
            recordsChanged.fire(RecordsChanged.of(staffId));
        }
        return record;
    }

    /** The certificate of a record, for those who may read the person's records (anyone else: not found). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StoredEvidence evidence(long recordId) {
        AccreditationRecord record = require(recordId);
        access.requireReadStaff(record.getStaffId());
        String name = record.getEvidenceFile();
        if (name == null) {
            throw new NotFound("Accreditation #" + recordId + " has no certificate attached");
        }
        Path file = evidence.locate(name);
        EvidenceType type = EvidenceType.ofMediaType(record.getEvidenceType()).orElse(null);
        if (type == null || !Files.isRegularFile(file)) {
            throw new NotFound("The certificate of accreditation #" + recordId + " is missing from the evidence folder");
        }
        return new StoredEvidence(file, type.mediaType(), "certificate-" + recordId + "." + type.extension());
    }

    public AccreditationRecord verify(long recordId, long expectedVersion) {
        AccreditationRecord record = require(recordId);
        access.requireVerify(record.getStaffId());
        checkVersion(record, expectedVersion);
        record.verify(access.userName(), Instant.now());
        em.flush();
        audit.record("ACCREDITATION_VERIFIED", "AccreditationRecord", recordId, null);
        recordsChanged.fire(RecordsChanged.of(record.getStaffId()));
        return record;
    }

    public AccreditationRecord reject(long recordId, long expectedVersion, String reason) {
        AccreditationRecord record = require(recordId);
        access.requireVerify(record.getStaffId());
        String why = VerificationRules.rejectionReason(reason, "accreditation");
        checkVersion(record, expectedVersion);
        record.reject(access.userName(), Instant.now(), why);
        em.flush();
        audit.record("ACCREDITATION_REJECTED", "AccreditationRecord", recordId, why);
        recordsChanged.fire(RecordsChanged.of(record.getStaffId()));
        return record;
    }

    /**
     * An accreditation the app records for someone rather than a person typing it in: a completed cohort, an
     * imported row, the demo borough; {@code loggedBy} is the user it is recorded by. With {@code verifiedBy} it
     * counts as checked already (historic records an importing manager vouches for, the demo's verified rows);
     * without, it waits for a manager.
     */
    public record Award(long staffId, String programmeId, AccreditationStage stage, LocalDate awardedOn,
                        LocalDate expiresOn, String awardingBody, String certificateRef,
                        AccreditationRecord.Origin origin, String loggedBy, String verifiedBy, Instant verifiedAt) {
    }

    /**
     * Creates the records of these awards: besides {@link #add}, the one way accreditation records come to be,
     * each with the same audit entry as a typed-in record, naming its origin and {@code source}. The callers
     * have checked who may do this, and announce the change ({@link RecordsChanged}) once for everyone concerned.
     */
    public List<AccreditationRecord> award(List<Award> awards, String source) {
        List<AccreditationRecord> made = new ArrayList<>(awards.size());
        for (Award award : awards) {
            AccreditationRecord record = new AccreditationRecord(award.staffId(), award.programmeId(), award.stage(),
                    award.awardedOn(), award.expiresOn(), award.awardingBody(), award.certificateRef(), award.origin(),
                    award.loggedBy());
            if (award.verifiedBy() != null) {
                record.verify(award.verifiedBy(), award.verifiedAt());
            }
            em.persist(record);
            made.add(record);
        }
        em.flush(); // the ids the audit entries name
        for (AccreditationRecord record : made) {
            audit.recordAs(record.getCreatedBy() == null ? "system" : record.getCreatedBy(), "ACCREDITATION_ADDED", "AccreditationRecord", record.getId(),
                    describe(record, source));
        }
        return made;
    }

    /** "staff 12: Incredible Years ACCREDITED, cohort (event 7)": the one shape of every ACCREDITATION_ADDED entry. */
    private String describe(AccreditationRecord record, String note) {
        return "staff " + record.getStaffId() + ": " + catalogue.nameOf(record.getProgrammeId()) + " " + record.getStage()
                + ", " + record.getOrigin().name().toLowerCase(java.util.Locale.ROOT) + (note == null ? "" : " (" + note + ")");
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

    private AccreditationRecord require(long recordId) {
        AccreditationRecord record = em.find(AccreditationRecord.class, recordId);
        if (record == null) {
            throw new NotFound("No accreditation record with id " + recordId);
        }
        return record;
    }

    private static void checkVersion(AccreditationRecord record, long expectedVersion) {
        VerificationRules.checkVersion(record.getVersion(), expectedVersion, "accreditation");
    }

    private List<InvalidInput.Problem> problems(AccreditationInput input) {
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
        LocalDate today = this.today.date();
        if (input.awardedOn() == null && input.stage() != null && input.stage() != AccreditationStage.ENROLLED) {
            problems.add(new InvalidInput.Problem("awardedOn", "Give the date the stage was reached"));
        }
        if (input.awardedOn() != null && input.awardedOn().isAfter(today)) {
            problems.add(new InvalidInput.Problem("awardedOn", "The date awarded cannot be in the future"));
        }
        if (input.awardedOn() != null && input.expiresOn() != null && input.expiresOn().isBefore(input.awardedOn())) {
            problems.add(new InvalidInput.Problem("expiresOn", "The expiry date cannot be before the date awarded"));
        }
        problems.addAll(Inputs.problems(input));
        return problems;
    }

}
