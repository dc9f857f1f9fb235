package uk.facilitate.supervision;

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
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.verification.EntryVerification;
import uk.facilitate.verification.SelfEntered;

/** One supervision session a practitioner received, general or for one programme. */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession implements SelfEntered {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supervisee_id", nullable = false)
    private Long superviseeId;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Column(name = "supervisor_name", length = 200)
    private String supervisorName;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SupervisionKind kind;

    private Integer minutes;

    @Column(name = "programme_id", length = 64)
    private String programmeId;

    private String notes;

    @Embedded
    private EntryVerification verification;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupervisionSession() {
    }

    public SupervisionSession(Long superviseeId, Long supervisorId, String supervisorName, LocalDate sessionDate,
                              SupervisionKind kind, Integer minutes, String programmeId, String notes,
                              EntryVerification verification) {
        this.verification = verification;
        this.superviseeId = superviseeId;
        this.supervisorId = supervisorId;
        this.supervisorName = supervisorName;
        this.sessionDate = sessionDate;
        this.kind = kind;
        this.minutes = minutes;
        this.programmeId = programmeId;
        this.notes = notes;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    /** The supervisee: the person whose record this session is. */
    @Override
    public Long getStaffId() {
        return superviseeId;
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

    public Long getSuperviseeId() {
        return superviseeId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public SupervisionKind getKind() {
        return kind;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public String getNotes() {
        return notes;
    }
}
