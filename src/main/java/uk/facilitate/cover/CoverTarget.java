package uk.facilitate.cover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A target a manager set: facilitators needed for a programme, at a need level (or every level), in
 * a locality (or every locality). See {@link CoverTargets} for which target applies to a cell.
 */
@Entity
@Table(name = "cover_target")
public class CoverTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, length = 64)
    private String programmeId;

    @Column(name = "need_level")
    private Integer needLevel;

    @Column(name = "locality_id")
    private Long localityId;

    @Column(name = "target_count", nullable = false)
    private int targetCount;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected CoverTarget() {
    }

    public CoverTarget(String programmeId, Integer needLevel, Long localityId) {
        this.programmeId = programmeId;
        this.needLevel = needLevel;
        this.localityId = localityId;
    }

    public void set(int count, String by, Instant at) {
        this.targetCount = count;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public Integer getNeedLevel() {
        return needLevel;
    }

    public Long getLocalityId() {
        return localityId;
    }

    public int getTargetCount() {
        return targetCount;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
