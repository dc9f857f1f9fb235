package uk.facilitate.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.staff.DirectoryEntry;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.Organisation;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffDirectory;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.staff.StaffRole;
import uk.facilitate.staff.StaffService;
import uk.facilitate.staff.WorkforceStructureService;
import uk.facilitate.web.Pages;

/**
 * The staff directory page: filters, a lazy table one page at a time (exports load every filtered
 * row in the same way), and for managers the way to add or edit people. Coordinators see only
 * people in their localities ({@link StaffDirectory} restricts every query).
 */
@Named
@ViewScoped
public class StaffDirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Column sort fields (from each column's sortBy) → the directory's sort keys. */
    private static final Map<String, String> SORT_KEYS = Map.of("familyName", "name", "employeeRef", "employeeRef",
            "roleLabel", "role", "professionalLevel", "professionalLevel", "organisation", "organisation");

    @Inject
    private transient StaffService staffService;

    @Inject
    private StaffDirectory directory;

    @Inject
    private WorkforceStructureService structure;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Access access;

    private String name;
    private Long organisationId;
    private Long settingId;
    private Long localityId;
    private StaffRole role;
    private String programmeId;
    private AccreditationStage stage;

    private boolean manager;
    private List<Organisation> organisations;
    private List<Setting> settings;
    private List<Locality> localities;
    private List<Programme> programmes;
    private final LazyDataModel<DirectoryEntry> staff = new Entries();

    private Long added;
    private Long saved;

    /** After an edit page saved someone (its redirect names them): says so above the list. */
    public void confirmSaved() {
        Long id = added != null ? added : saved;
        if (id == null) {
            return;
        }
        StaffMember member = Pages.attempt(() -> staffService.find(id));
        if (member != null) {
            Messages.addGlobalInfo((added != null ? "Added " : "Saved the changes to ") + member.getFullName() + ".");
        }
    }

    public Long getAdded() {
        return added;
    }

    public void setAdded(Long added) {
        this.added = added;
    }

    public Long getSaved() {
        return saved;
    }

    public void setSaved(Long saved) {
        this.saved = saved;
    }

    @PostConstruct
    void init() {
        manager = access.isManager();
        organisations = structure.organisations();
        settings = structure.settings();
        Set<Long> visible = manager ? null : access.coordinatorLocalities();
        localities = structure.localities().stream().filter(l -> visible == null || visible.contains(l.getId())).toList();
        programmes = catalogue.programmes();
    }

    /** Applies the filters: back to the first page of the new list. */
    public void search() {
        firstPage();
    }

    /** Clears every filter. */
    public void clear() {
        firstPage();
        name = null;
        organisationId = null;
        settingId = null;
        localityId = null;
        role = null;
        programmeId = null;
        stage = null;
    }

    private static void firstPage() {
        DataTable table = Components.findComponent("directory:staffTable");
        if (table != null) {
            table.setFirst(0);
        }
    }

    private StaffDirectory.Filter filter() {
        return new StaffDirectory.Filter(name, organisationId, settingId, localityId, role, programmeId, stage);
    }

    /** The lazy model: the table asks for one page; the exporter asks for every filtered row in batches. */
    private final class Entries extends LazyDataModel<DirectoryEntry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(filter());
        }

        @Override
        public List<DirectoryEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            String key = sort == null ? "name" : SORT_KEYS.getOrDefault(sort.getField(), "name");
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return directory.entries(filter(), first, pageSize, key, ascending);
        }

        @Override
        public String getRowKey(DirectoryEntry entry) {
            return String.valueOf(entry.getId());
        }
    }

    public LazyDataModel<DirectoryEntry> getStaff() {
        return staff;
    }

    public boolean isManager() {
        return manager;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<Setting> getSettings() {
        return settings;
    }

    public List<Locality> getLocalities() {
        return localities;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public List<StaffRole> getRoles() {
        return Arrays.asList(StaffRole.values());
    }

    public List<AccreditationStage> getStages() {
        return Arrays.asList(AccreditationStage.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getSettingId() {
        return settingId;
    }

    public void setSettingId(Long settingId) {
        this.settingId = settingId;
    }

    public Long getLocalityId() {
        return localityId;
    }

    public void setLocalityId(Long localityId) {
        this.localityId = localityId;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public AccreditationStage getStage() {
        return stage;
    }

    public void setStage(AccreditationStage stage) {
        this.stage = stage;
    }
}
