package uk.facilitate.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.TrainingPlanning;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffRole;
import uk.facilitate.staff.WorkforceStructureService;
import uk.facilitate.web.Pages;

/** The training needs analysis: staff × programmes, a page of staff at a time, and who would qualify if trained. */
@Named
@ViewScoped
public class TrainingNeedsPage implements Serializable {

    @Inject
    private Today today;

    @Inject
    private transient TrainingPlanning planning;

    @Inject
    private transient WorkforceStructureService structure;

    @Inject
    private transient Catalogue catalogue;

    private Long localityId;
    private Long settingId;
    private StaffRole role;
    private LocalDate on;
    private List<TrainingPlanning.Column> columns = List.of();
    private LazyDataModel<TrainingPlanning.Row> rows;
    private String programmeId;
    private TrainingPlanning.Candidates candidates;

    @PostConstruct
    void init() {
        on = today.date();
        rows = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) planning.matrix(localityId, settingId, role, on, 0, 1).total();
            }

            @Override
            public List<TrainingPlanning.Row> load(int first, int pageSize, Map<String, SortMeta> sort,
                                                   Map<String, FilterMeta> filters) {
                TrainingPlanning.Matrix matrix = planning.matrix(localityId, settingId, role, on, first, pageSize);
                columns = matrix.programmes();
                return matrix.rows();
            }

            @Override
            public String getRowKey(TrainingPlanning.Row row) {
                return String.valueOf(row.staffId());
            }
        };
        columns = planning.matrix(localityId, settingId, role, on, 0, 1).programmes();
    }

    public void showCandidates() {
        candidates = programmeId == null ? null : Pages.attempt(() -> planning.candidates(programmeId, localityId, on, 0, 100));
    }

    public List<Locality> getLocalities() {
        return structure.localities();
    }

    public List<Setting> getSettings() {
        return structure.settings();
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public List<Programme> getFacilitated() {
        return catalogue.facilitatedProgrammes();
    }

    public List<TrainingPlanning.Column> getColumns() {
        return columns;
    }

    public LazyDataModel<TrainingPlanning.Row> getRows() {
        return rows;
    }

    public TrainingPlanning.Candidates getCandidates() {
        return candidates;
    }

    public Long getLocalityId() {
        return localityId;
    }

    public void setLocalityId(Long localityId) {
        this.localityId = localityId;
    }

    public Long getSettingId() {
        return settingId;
    }

    public void setSettingId(Long settingId) {
        this.settingId = settingId;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on == null ? today.date() : on;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }
}
