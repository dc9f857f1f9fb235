package uk.facilitate.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The stored form of one programme's {@link LocalSettings}, with who set them, when and why. */
@Entity
@Table(name = "programme_local_setting")
public class LocalSettingEntry {

    @Id
    @Column(name = "programme_id", length = 64)
    private String programmeId;

    @Column(name = "need_levels", length = 16)
    private String needLevels;

    @Column(name = "minimum_levels", length = 64)
    private String minimumLevels;

    @Column(name = "validity_set", nullable = false)
    private boolean validitySet;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "supervision_set", nullable = false)
    private boolean supervisionSet;

    @Column(name = "supervision_required", nullable = false)
    private boolean supervisionRequired;

    @Column(name = "supervision_max_interval_days")
    private Integer supervisionMaxIntervalDays;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected LocalSettingEntry() {
    }

    LocalSettingEntry(String programmeId) {
        this.programmeId = programmeId;
    }

    void update(LocalSettings settings, String by, Instant at) {
        needLevels = LocalSettings.levelsText(settings.needLevels());
        minimumLevels = LocalSettings.minimumsText(settings.minimumProfessionalLevel());
        validitySet = settings.validitySet();
        validityMonths = settings.validitySet() ? settings.validityMonths() : null;
        supervisionSet = settings.supervisionSet();
        supervisionRequired = settings.supervisionSet() && settings.supervisionRequired();
        supervisionMaxIntervalDays = settings.supervisionSet() ? settings.supervisionMaxIntervalDays() : null;
        reason = settings.reason().strip();
        changedBy = by;
        changedAt = at;
    }

    public LocalSettings settings() {
        return new LocalSettings(LocalSettings.parseLevels(needLevels), LocalSettings.parseMinimums(minimumLevels),
                validitySet, validityMonths, supervisionSet, supervisionRequired, supervisionMaxIntervalDays, reason);
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
