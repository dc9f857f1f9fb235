package uk.facilitate.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A practitioner in the partnership's workforce. Other aggregates (organisation, settings,
 * localities, line manager) are referred to by id.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_ref", nullable = false, unique = true, length = 40)
    private String employeeRef;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private StaffRole role;

    @Column(name = "professional_level")
    private Integer professionalLevel;

    @Column(name = "registered_professional", nullable = false)
    private boolean registeredProfessional;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "line_manager_id")
    private Long lineManagerId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "leave_date")
    private LocalDate leaveDate;

    @ElementCollection
    @CollectionTable(name = "staff_locality", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "locality_id")
    private Set<Long> localityIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "staff_setting", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "setting_id")
    private Set<Long> settingIds = new HashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StaffMember() {
    }

    public StaffMember(String employeeRef) {
        this.employeeRef = employeeRef;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Replaces the editable details in one go, as an HR record or a form does. */
    public void update(StaffDetails details) {
        this.employeeRef = details.employeeRef();
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.email = details.email();
        this.role = details.role();
        this.professionalLevel = details.professionalLevel();
        this.registeredProfessional = details.registeredProfessional();
        this.organisationId = details.organisationId();
        this.lineManagerId = details.lineManagerId();
        this.startDate = details.startDate();
        this.leaveDate = details.leaveDate();
        this.localityIds = new HashSet<>(details.localityIds());
        this.settingIds = new HashSet<>(details.settingIds());
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeRef() {
        return employeeRef;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public String getEmail() {
        return email;
    }

    public StaffRole getRole() {
        return role;
    }

    public Integer getProfessionalLevel() {
        return professionalLevel;
    }

    public boolean isRegisteredProfessional() {
        return registeredProfessional;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getLineManagerId() {
        return lineManagerId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getLeaveDate() {
        return leaveDate;
    }

    public Set<Long> getLocalityIds() {
        return Set.copyOf(localityIds);
    }

    public Set<Long> getSettingIds() {
        return Set.copyOf(settingIds);
    }

    public long getVersion() {
        return version;
    }
}
