package uk.facilitate.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.Organisation;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffChoice;
import uk.facilitate.staff.StaffDetails;
import uk.facilitate.staff.StaffDirectory;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.staff.StaffRole;
import uk.facilitate.staff.StaffService;
import uk.facilitate.staff.WorkforceStructureService;
import uk.facilitate.web.Pages;

/**
 * Adding a person to the staff list or changing their details (managers). Saving sends the version
 * the manager opened, so someone else's change in the meantime is reported, never overwritten;
 * problems are shown beside the fields they concern.
 */
@Named
@ViewScoped
public class StaffEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;

    @Inject
    private StaffDirectory directory;

    @Inject
    private WorkforceStructureService structure;

    private Long id;
    private long version;
    private boolean loaded;
    private String employeeRef;
    private String givenName;
    private String familyName;
    private String email;
    private StaffRole role;
    private Integer professionalLevel;
    private boolean registeredProfessional;
    private Long organisationId;
    private StaffChoice lineManager;
    private LocalDate startDate;
    private LocalDate leaveDate;
    private List<Long> localityIds = new ArrayList<>();
    private List<Long> settingIds = new ArrayList<>();

    /** Loads the person being edited (the {@code id} view parameter), once per view. */
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        StaffMember member = Pages.require(() -> staff.find(id));
        if (member == null) {
            return;
        }
        loaded = true;
        version = member.getVersion();
        employeeRef = member.getEmployeeRef();
        givenName = member.getGivenName();
        familyName = member.getFamilyName();
        email = member.getEmail();
        role = member.getRole();
        professionalLevel = member.getProfessionalLevel();
        registeredProfessional = member.isRegisteredProfessional();
        organisationId = member.getOrganisationId();
        lineManager = member.getLineManagerId() == null ? null : directory.choice(member.getLineManagerId()).orElse(null);
        startDate = member.getStartDate();
        leaveDate = member.getLeaveDate();
        localityIds = new ArrayList<>(member.getLocalityIds());
        settingIds = new ArrayList<>(member.getSettingIds());
    }

    /** Saves and goes back to the directory; stays on the page (with messages) when something is wrong. */
    public String save() {
        StaffDetails details = new StaffDetails(employeeRef, givenName, familyName, email, role, professionalLevel,
                registeredProfessional, organisationId, lineManager == null ? null : lineManager.id(), startDate, leaveDate,
                new HashSet<>(localityIds), new HashSet<>(settingIds));
        StaffMember saved = id == null ? Pages.attempt(() -> staff.create(details))
                : Pages.attempt(() -> staff.update(id, details, version));
        if (saved == null) {
            return null;
        }
        // Said by the directory from its address, not a flash message: the confirmation cannot be lost on the redirect.
        return "/directory/staff?faces-redirect=true&" + (id == null ? "added=" : "saved=") + saved.getId();
    }

    public List<StaffChoice> completeStaff(String text) {
        return directory.choices(text, 15).stream().filter(c -> id == null || c.id() != id).toList();
    }

    public boolean isEditing() {
        return id != null;
    }

    public List<Organisation> getOrganisations() {
        return structure.organisations();
    }

    public List<Locality> getLocalities() {
        return structure.localities();
    }

    public List<Setting> getSettings() {
        return structure.settings();
    }

    public List<StaffRole> getRoles() {
        return Arrays.asList(StaffRole.values());
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmployeeRef() {
        return employeeRef;
    }

    public void setEmployeeRef(String employeeRef) {
        this.employeeRef = employeeRef;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public Integer getProfessionalLevel() {
        return professionalLevel;
    }

    public void setProfessionalLevel(Integer professionalLevel) {
        this.professionalLevel = professionalLevel;
    }

    public boolean isRegisteredProfessional() {
        return registeredProfessional;
    }

    public void setRegisteredProfessional(boolean registeredProfessional) {
        this.registeredProfessional = registeredProfessional;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public StaffChoice getLineManager() {
        return lineManager;
    }

    public void setLineManager(StaffChoice lineManager) {
        this.lineManager = lineManager;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getLeaveDate() {
        return leaveDate;
    }

    public void setLeaveDate(LocalDate leaveDate) {
        this.leaveDate = leaveDate;
    }

    public List<Long> getLocalityIds() {
        return localityIds;
    }

    public void setLocalityIds(List<Long> localityIds) {
        this.localityIds = localityIds == null ? new ArrayList<>() : localityIds;
    }

    public List<Long> getSettingIds() {
        return settingIds;
    }

    public void setSettingIds(List<Long> settingIds) {
        this.settingIds = settingIds == null ? new ArrayList<>() : settingIds;
    }
}
