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

/** An employer in the partnership: a council, an NHS trust, a voluntary organisation, a school. */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** The kinds of partner organisation. */
    @Schema(name = "OrganisationKind") // the simple name is taken by another type in the API
    public enum Kind { COUNCIL, NHS_TRUST, VOLUNTARY, SCHOOL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
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
}
