package uk.facilitate.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.security.AppUser;

/**
 * Whether a manager has checked a DBS check, safeguarding training or supervision session someone
 * entered for themselves, or an accreditation; embedded in each kind of record so the verification queue
 * treats them all alike.
 */
@Embeddable
public class EntryVerification {

    @Enumerated(EnumType.STRING)
    @Column(name = "verification", nullable = false, length = 16)
    private Verification status = Verification.PENDING;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected EntryVerification() {
    }

    /** An entry waiting for a manager. */
    public static EntryVerification pending(String enteredBy) {
        EntryVerification entry = new EntryVerification();
        entry.createdBy = enteredBy;
        return entry;
    }

    /** An entry a manager makes for someone else, or historic data loaded by one: verified at once. */
    public static EntryVerification verifiedOnEntry(String manager, Instant at) {
        EntryVerification entry = pending(manager);
        entry.verify(manager, at);
        return entry;
    }

    /**
     * The verification of a record the signed-in person enters for this member of staff: verified at once
     * for a manager's entry for someone else, else waiting for a manager.
     */
    public static EntryVerification enteredBy(Access access, long staffId) {
        String who = access.user().map(AppUser::getUsername).orElse("system");
        return access.vouchesFor(staffId) ? verifiedOnEntry(who, Instant.now()) : pending(who);
    }

    /** A manager confirms the entry; nobody verifies their own (checked by the service). */
    public void verify(String manager, Instant at) {
        status = Verification.VERIFIED;
        verifiedBy = manager;
        verifiedAt = at;
        rejectionReason = null;
    }

    /** New evidence for a rejected record: it goes back to the queue for a manager to look again. */
    public void resubmit() {
        status = Verification.PENDING;
        verifiedBy = null;
        verifiedAt = null;
        rejectionReason = null;
    }

    public void reject(String manager, Instant at, String reason) {
        status = Verification.REJECTED;
        verifiedBy = manager;
        verifiedAt = at;
        rejectionReason = reason;
    }

    public Verification getStatus() {
        return status;
    }

    public boolean isVerified() {
        return status == Verification.VERIFIED;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
