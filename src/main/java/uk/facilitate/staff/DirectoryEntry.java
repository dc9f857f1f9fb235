package uk.facilitate.staff;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the staff directory, with the names of the person's organisation, localities and
 * settings already looked up. A JavaBean (not a record) because pages read it through EL.
 */
public final class DirectoryEntry implements Serializable {

    private final long id;
    private final String employeeRef;
    private final String givenName;
    private final String familyName;
    private final StaffRole role;
    private final Integer professionalLevel;
    private final String organisation;
    private final List<String> localities;
    private final List<String> settings;

    public DirectoryEntry(long id, String employeeRef, String givenName, String familyName, StaffRole role,
                          Integer professionalLevel, String organisation, List<String> localities, List<String> settings) {
        this.id = id;
        this.employeeRef = employeeRef;
        this.givenName = givenName;
        this.familyName = familyName;
        this.role = role;
        this.professionalLevel = professionalLevel;
        this.organisation = organisation;
        this.localities = List.copyOf(localities);
        this.settings = List.copyOf(settings);
    }

    public long getId() {
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

    public StaffRole getRole() {
        return role;
    }

    public String getRoleLabel() {
        return role == null ? "" : role.label();
    }

    public Integer getProfessionalLevel() {
        return professionalLevel;
    }

    public String getOrganisation() {
        return organisation;
    }

    public List<String> getLocalities() {
        return localities;
    }

    public List<String> getSettings() {
        return settings;
    }

    /** Localities as one line of text ("East, North"), as shown and exported. */
    public String getLocalityNames() {
        return String.join(", ", localities);
    }

    public String getSettingNames() {
        return String.join("; ", settings);
    }
}
