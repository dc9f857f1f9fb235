package uk.facilitate.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One mark of the attendance register: a nominee present or absent at a session. Written by upsert. */
@Entity
@Table(name = "session_attendance")
@IdClass(SessionAttendance.Key.class)
public class SessionAttendance {

    /** Session and person. */
    public static class Key implements Serializable {
        private Long sessionId;
        private Long staffId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(staffId, k.staffId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, staffId);
        }
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SessionAttendance() {
    }

    /** A mark recorded elsewhere (the demo loader); the service writes its marks by upsert. */
    public SessionAttendance(Long sessionId, Long staffId, boolean present, String recordedBy, Instant recordedAt) {
        this.sessionId = sessionId;
        this.staffId = staffId;
        this.present = present;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public boolean isPresent() {
        return present;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
