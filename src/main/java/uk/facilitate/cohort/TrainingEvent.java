package uk.facilitate.cohort;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.cohort.core.EventStatus;

/**
 * A training event (cohort): which programme and training-path steps it delivers, where, for how many,
 * at what cost, and where it stands in its lifecycle. Its sessions and nominations refer to it by id.
 */
@Entity
@Table(name = "training_event")
public class TrainingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "programme_id", nullable = false, length = 64)
    private String programmeId;

    @Column(nullable = false, length = 500)
    private String steps;

    @Column(length = 200)
    private String provider;

    @Column(length = 200)
    private String venue;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "locality_id")
    private Long localityId;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_basis", nullable = false, length = 16)
    private CostBasis costBasis;

    @Column(name = "cost_pounds", nullable = false, precision = 12, scale = 2)
    private BigDecimal costPounds;

    @Column(name = "budget_code", length = 40)
    private String budgetCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventStatus status = EventStatus.PLANNED;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "completion_rule", length = 200)
    private String completionRule;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected TrainingEvent() {
    }

    public TrainingEvent(String programmeId, String createdBy) {
        this.programmeId = programmeId;
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    /** Replaces the editable details; the caller has validated them (the service, or the demo loader). */
    public void update(EventDetails d, List<String> orderedSteps) {
        title = d.title();
        steps = String.join(",", orderedSteps);
        provider = d.provider();
        venue = d.venue();
        online = d.online();
        localityId = d.localityId();
        capacity = d.capacity();
        costBasis = d.costBasis();
        costPounds = d.costPounds();
        budgetCode = d.budgetCode();
    }

    public void moveTo(EventStatus next, String reason) {
        status = next;
        statusReason = reason;
    }

    public void complete(String rule, Instant at) {
        status = EventStatus.COMPLETED;
        completionRule = rule;
        completedAt = at;
    }

    /** What the event costs with this many confirmed places: the cohort price, or the place price × places. */
    public BigDecimal cost(long confirmedPlaces) {
        return costBasis == CostBasis.PER_COHORT ? costPounds : costPounds.multiply(BigDecimal.valueOf(confirmedPlaces));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public List<String> getSteps() {
        return Arrays.asList(steps.split(","));
    }

    public String getProvider() {
        return provider;
    }

    public String getVenue() {
        return venue;
    }

    public boolean isOnline() {
        return online;
    }

    public Long getLocalityId() {
        return localityId;
    }

    public int getCapacity() {
        return capacity;
    }

    public CostBasis getCostBasis() {
        return costBasis;
    }

    public BigDecimal getCostPounds() {
        return costPounds;
    }

    public String getBudgetCode() {
        return budgetCode;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getCompletionRule() {
        return completionRule;
    }

    public Instant getCompletedAt() {
        return completedAt;
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
