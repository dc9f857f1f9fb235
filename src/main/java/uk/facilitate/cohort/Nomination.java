package uk.facilitate.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.cohort.core.Waitlist;

/**
 * A person's nomination to a training event: their place (or waitlist position, or request awaiting
 * approval), their line manager's release, and, once the event completes, the outcome.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    /** Whether the person completed the event under the borough's rule. */
    public enum Outcome { COMPLETED, NOT_COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NominationStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "self_nominated", nullable = false)
    private boolean selfNominated;

    @Column(name = "nominated_by", nullable = false, length = 100)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "released_by", length = 100)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(name = "outcome_reason", length = 500)
    private String outcomeReason;

    @Column(name = "accreditation_record_id")
    private Long accreditationRecordId;

    @Version
    private long version;

    protected Nomination() {
    }

    public Nomination(Long eventId, Long staffId) {
        this.eventId = eventId;
        this.staffId = staffId;
    }

    /** (Re)nominates: a fresh place in the queue, whatever happened to an earlier nomination. */
    public void nominate(NominationStatus initial, boolean self, String by, Instant at) {
        status = initial;
        statusReason = null;
        selfNominated = self;
        nominatedBy = by;
        nominatedAt = at;
        queuedAt = at;
        approvedBy = self ? null : by;
        approvedAt = self ? null : at;
        releasedBy = null;
        releasedAt = null;
    }

    public void approve(NominationStatus admitted, String by, Instant at) {
        status = admitted;
        approvedBy = by;
        approvedAt = at;
        queuedAt = at; // the queue starts when the place is approved, not when it was asked for
    }

    public void moveTo(NominationStatus next, String reason) {
        status = next;
        statusReason = reason;
    }

    public void release(String by, Instant at) {
        releasedBy = by;
        releasedAt = at;
    }

    public void outcome(Outcome result, String reason, Long recordId) {
        outcome = result;
        outcomeReason = reason;
        accreditationRecordId = recordId;
    }

    Waitlist.Entry entry() {
        return new Waitlist.Entry(id, staffId, status, queuedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public boolean isSelfNominated() {
        return selfNominated;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public Long getAccreditationRecordId() {
        return accreditationRecordId;
    }

    public long getVersion() {
        return version;
    }
}
