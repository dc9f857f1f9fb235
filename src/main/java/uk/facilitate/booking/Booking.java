package uk.facilitate.booking;

import jakarta.persistence.Column;
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
import uk.facilitate.shared.SupervisionKind;

/**
 * A renewal booked ahead: a supervision session, a DBS re-check or a safeguarding refresh on a date.
 * A booking never counts as held; when it takes place it is marked held, which logs the session or
 * check itself in the supervision log or the checks.
 */
@Entity
@Table(name = "booking")
public class Booking {

    /** What is booked: the renewable conditions a borough books ahead. */
    @Schema(name = "BookedRenewal")
    public enum Renewal {
        SUPERVISION("supervision"), DBS("DBS re-check"), SAFEGUARDING("safeguarding refresh");

        private final String label;

        Renewal(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** As a menu item or a sentence's start: "Supervision", "DBS re-check", "Safeguarding refresh". */
        public String title() {
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
    }

    /** BOOKED until it is held, or cancelled; moving it keeps it BOOKED. */
    @Schema(name = "BookingStatus")
    public enum Status { BOOKED, HELD, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Renewal renewal;

    @Column(name = "booked_for", nullable = false)
    private LocalDate bookedFor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_kind", length = 24)
    private SupervisionKind supervisionKind;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Column(name = "supervisor_name", length = 200)
    private String supervisorName;

    @Column(name = "programme_id", length = 64)
    private String programmeId;

    @Column(name = "safeguarding_level")
    private Integer safeguardingLevel;

    @Column(length = 2000)
    private String notes;

    @Column(name = "held_record_id")
    private Long heldRecordId;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected Booking() {
    }

    Booking(long staffId, Renewal renewal, LocalDate bookedFor, SupervisionKind supervisionKind, Long supervisorId,
            String supervisorName, String programmeId, Integer safeguardingLevel, String notes, String createdBy) {
        this.staffId = staffId;
        this.renewal = renewal;
        this.bookedFor = bookedFor;
        this.status = Status.BOOKED;
        this.supervisionKind = supervisionKind;
        this.supervisorId = supervisorId;
        this.supervisorName = supervisorName;
        this.programmeId = programmeId;
        this.safeguardingLevel = safeguardingLevel;
        this.notes = notes;
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    void moveTo(LocalDate date) {
        bookedFor = date;
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    void held(long recordId) {
        status = Status.HELD;
        heldRecordId = recordId;
    }

    public Long getId() {
        return id;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Renewal getRenewal() {
        return renewal;
    }

    public LocalDate getBookedFor() {
        return bookedFor;
    }

    public Status getStatus() {
        return status;
    }

    public SupervisionKind getSupervisionKind() {
        return supervisionKind;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public Integer getSafeguardingLevel() {
        return safeguardingLevel;
    }

    public String getNotes() {
        return notes;
    }

    public Long getHeldRecordId() {
        return heldRecordId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
