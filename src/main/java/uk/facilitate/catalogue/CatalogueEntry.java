package uk.facilitate.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A programme or course as stored from the catalogue files: the file's content and fingerprint,
 * so a restart reloads only what changed, and a retirement date instead of deletion.
 */
@Entity
@Table(name = "programme")
public class CatalogueEntry {

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(length = 200)
    private String provider;

    @Column(name = "accrediting_body", length = 200)
    private String accreditingBody;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Version
    private long version;

    protected CatalogueEntry() {
    }

    public CatalogueEntry(String id) {
        this.id = id;
    }

    /** Replaces the stored definition; returns whether anything changed. */
    public boolean load(String name, String kind, String provider, String accreditingBody,
                        String definition, String fingerprint, Instant now) {
        boolean changed = !fingerprint.equals(this.fingerprint) || retiredAt != null;
        if (changed) {
            this.name = name;
            this.kind = kind;
            this.provider = provider;
            this.accreditingBody = accreditingBody;
            this.definition = definition;
            this.fingerprint = fingerprint;
            this.retiredAt = null;
            this.loadedAt = now;
        }
        return changed;
    }

    /** Removed from the catalogue files: kept, so history still refers to it. */
    public boolean retire(Instant now) {
        if (retiredAt != null) {
            return false;
        }
        retiredAt = now;
        return true;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getDefinition() {
        return definition;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }
}
