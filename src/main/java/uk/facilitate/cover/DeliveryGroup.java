package uk.facilitate.cover;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A group a coordinator plans: a programme at a need level in a setting, with weekly sessions from a
 * start date, and the facilitators assigned to it. Programme, setting, locality and people are
 * referred to by id.
 */
@Entity
@Table(name = "delivery_group")
public class DeliveryGroup {

    /** One facilitator on the group, and who assigned them when. */
    @Embeddable
    public static class Assignment {
        @Column(name = "staff_id", nullable = false)
        private long staffId;

        @Column(name = "assigned_at", nullable = false)
        private Instant assignedAt;

        @Column(name = "assigned_by", length = 100)
        private String assignedBy;

        protected Assignment() {
        }

        Assignment(long staffId, Instant assignedAt, String assignedBy) {
            this.staffId = staffId;
            this.assignedAt = assignedAt;
            this.assignedBy = assignedBy;
        }

        public long getStaffId() {
            return staffId;
        }

        public Instant getAssignedAt() {
            return assignedAt;
        }

        public String getAssignedBy() {
            return assignedBy;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, length = 64)
    private String programmeId;

    @Column(name = "need_level", nullable = false)
    private int needLevel;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Column(name = "locality_id", nullable = false)
    private long localityId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private int sessions;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(length = 500)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "delivery_group_facilitator", joinColumns = @JoinColumn(name = "group_id"))
    private List<Assignment> facilitators = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DeliveryGroup() {
    }

    public DeliveryGroup(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the plan; the caller has validated it (the service, or the demo loader). */
    public void plan(String programmeId, int needLevel, long settingId, long localityId, LocalDate startDate, int sessions,
              String notes, Instant now) {
        this.programmeId = programmeId;
        this.needLevel = needLevel;
        this.settingId = settingId;
        this.localityId = localityId;
        this.startDate = startDate;
        this.sessions = sessions;
        this.endDate = SessionDates.last(startDate, sessions);
        this.notes = notes;
        this.updatedAt = now;
    }

    public void assign(long staffId, String by, Instant now) {
        facilitators.add(new Assignment(staffId, now, by));
        updatedAt = now; // a changed field, so the version moves and a concurrent edit is caught
    }

    boolean unassign(long staffId, Instant now) {
        boolean removed = facilitators.removeIf(a -> a.getStaffId() == staffId);
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    public boolean isAssigned(long staffId) {
        return facilitators.stream().anyMatch(a -> a.getStaffId() == staffId);
    }

    public List<LocalDate> sessionDates() {
        return SessionDates.weekly(startDate, sessions);
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public int getNeedLevel() {
        return needLevel;
    }

    public long getSettingId() {
        return settingId;
    }

    public long getLocalityId() {
        return localityId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getSessions() {
        return sessions;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getNotes() {
        return notes;
    }

    public List<Assignment> getFacilitators() {
        return List.copyOf(facilitators);
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
