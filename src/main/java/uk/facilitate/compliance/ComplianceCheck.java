package uk.facilitate.compliance;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.facilitate.verification.EntryVerification;
import uk.facilitate.verification.SelfEntered;

/** An enhanced DBS check or a safeguarding training, the checks every facilitator must keep current. */
@Entity
@Table(name = "compliance_check")
public class ComplianceCheck implements SelfEntered {

    /** Which check. */
    @Schema(name = "ComplianceKind") // the simple name is taken by another type in the API
    public enum Kind { DBS, SAFEGUARDING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "certificate_number", length = 40)
    private String certificateNumber;

    @Column(name = "update_service", nullable = false)
    private boolean updateService;

    @Column(name = "safeguarding_level")
    private Integer safeguardingLevel;

    @Embedded
    private EntryVerification verification;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ComplianceCheck() {
    }

    public static ComplianceCheck dbs(Long staffId, LocalDate issuedOn, String certificateNumber, boolean updateService,
                                      EntryVerification verification) {
        ComplianceCheck check = new ComplianceCheck();
        check.verification = verification;
        check.staffId = staffId;
        check.kind = Kind.DBS;
        check.checkedOn = issuedOn;
        check.certificateNumber = certificateNumber;
        check.updateService = updateService;
        return check;
    }

    public static ComplianceCheck safeguarding(Long staffId, LocalDate completedOn, int level,
                                               EntryVerification verification) {
        ComplianceCheck check = new ComplianceCheck();
        check.verification = verification;
        check.staffId = staffId;
        check.kind = Kind.SAFEGUARDING;
        check.checkedOn = completedOn;
        check.safeguardingLevel = level;
        return check;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    @Override
    public EntryVerification getVerification() {
        return verification;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Long getStaffId() {
        return staffId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public boolean isUpdateService() {
        return updateService;
    }

    public Integer getSafeguardingLevel() {
        return safeguardingLevel;
    }
}
