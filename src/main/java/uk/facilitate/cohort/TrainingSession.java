package uk.facilitate.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;

/** One dated session of a training event, delivering one step of the training path. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "step_id", nullable = false, length = 64)
    private String stepId;

    @Version
    private long version;

    protected TrainingSession() {
    }

    public TrainingSession(Long eventId, LocalDate date, LocalTime startsAt, LocalTime endsAt, String stepId) {
        this.eventId = eventId;
        this.date = date;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.stepId = stepId;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getStepId() {
        return stepId;
    }
}
