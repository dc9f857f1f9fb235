package uk.facilitate.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where practitioners work: a children's centre, a health-visiting team, a school, a family hub. */
@Entity
@Table(name = "setting")
public class Setting {

    /** The kinds of setting. */
    @Schema(name = "SettingKind") // the simple name is taken by another type in the API
    public enum Kind { CHILDRENS_CENTRE, HEALTH_VISITING_TEAM, CAMHS_TEAM, SCHOOL, FAMILY_HUB, VOLUNTARY_PROJECT, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "locality_id")
    private Long localityId;

    @Version
    private long version;

    protected Setting() {
    }

    public Setting(String name, Kind kind, Long organisationId, Long localityId) {
        this.name = name;
        this.kind = kind;
        this.organisationId = organisationId;
        this.localityId = localityId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getLocalityId() {
        return localityId;
    }
}
