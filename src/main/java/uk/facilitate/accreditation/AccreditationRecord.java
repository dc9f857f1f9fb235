package uk.facilitate.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.verification.EntryVerification;
import uk.facilitate.verification.Verification;

/**
 * One step a practitioner reached on a programme's training path (enrolled, trained,
 * accredited…), with its evidence and whether a manager has verified it.
 */
@Entity
@Table(name = "accreditation_record")
public class AccreditationRecord {

    /** How the record came to be: logged by the practitioner, a manager, an import or a cohort. */
    public enum Origin { SELF, MANAGER, IMPORT, COHORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "programme_id", nullable = false, length = 64)
    private String programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccreditationStage stage;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "awarding_body", length = 200)
    private String awardingBody;

    @Column(name = "certificate_ref", length = 100)
    private String certificateRef;

    @Column(name = "evidence_file", length = 300)
    private String evidenceFile;

    @Column(name = "evidence_type", length = 100)
    private String evidenceType;

    /** Whether a manager has checked the evidence, kept as for every self-entered record. */
    @Embedded
    private EntryVerification verification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin = Origin.SELF;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccreditationRecord() {
    }

    public AccreditationRecord(Long staffId, String programmeId, AccreditationStage stage, LocalDate awardedOn,
                               LocalDate expiresOn, String awardingBody, String certificateRef,
                               Origin origin, String createdBy) {
        this.staffId = staffId;
        this.programmeId = programmeId;
        this.stage = stage;
        this.awardedOn = awardedOn;
        this.expiresOn = expiresOn;
        this.awardingBody = awardingBody;
        this.certificateRef = certificateRef;
        this.origin = origin;
        this.verification = EntryVerification.pending(createdBy);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public void attachEvidence(String storedFile, String contentType) {
        this.evidenceFile = storedFile;
        this.evidenceType = contentType;
    }

    /** A manager confirms the evidence; nobody verifies their own record (checked by the service). */
    public void verify(String manager, Instant at) {
        verification.verify(manager, at);
    }

    public void reject(String manager, Instant at, String reason) {
        verification.reject(manager, at, reason);
    }

    /** New evidence for a rejected record: it goes back to the queue for a manager to look again. */
    public void resubmit() {
        verification.resubmit();
    }

    public Long getId() {
        return id;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public AccreditationStage getStage() {
        return stage;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getAwardingBody() {
        return awardingBody;
    }

    public String getCertificateRef() {
        return certificateRef;
    }

    public String getEvidenceFile() {
        return evidenceFile;
    }

    public String getEvidenceType() {
        return evidenceType;
    }

    public Verification getVerification() {
        return verification.getStatus();
    }

    public String getVerifiedBy() {
        return verification.getVerifiedBy();
    }

    public Instant getVerifiedAt() {
        return verification.getVerifiedAt();
    }

    public String getRejectionReason() {
        return verification.getRejectionReason();
    }

    public Origin getOrigin() {
        return origin;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return verification.getCreatedBy();
    }
}
