package uk.facilitate.cover.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cover.CoverColumn;
import uk.facilitate.cover.CoverService;
import uk.facilitate.cover.DeliveryGroupService;
import uk.facilitate.shared.Today;
import uk.facilitate.web.Pages;

/** {@code /cover/groups.xhtml}: the groups in the coordinator's localities, and planning a new one. */
@Named("deliveryGroups")
@ViewScoped
public class DeliveryGroupsPage extends ProgrammeAndLevel {

    private static final long serialVersionUID = 1L;

    @Inject
    private Today today;

    @Inject
    private DeliveryGroupService groups;

    @Inject
    private CoverService cover;

    private Long settingId;
    private LocalDate startDate;
    private Integer sessions;
    private String notes;
    private transient List<DeliveryGroupService.GroupSummary> list;
    private transient List<DeliveryGroupService.ToBook> toBook;

    @PostConstruct
    void init() {
        startDate = today.date().plusWeeks(2);
    }

    /** Plans the group and opens it, where facilitators are offered and assigned. */
    public String plan() {
        DeliveryGroupService.GroupView planned = Pages.attempt(() -> groups.create(new DeliveryGroupService.Plan(
                programmeId, needLevel, settingId, startDate, sessions, notes)));
        return planned == null ? null : "/cover/group.xhtml?faces-redirect=true&id=" + planned.id();
    }

    public List<DeliveryGroupService.GroupSummary> getGroups() {
        if (list == null) {
            list = Pages.attempt(() -> groups.list(null, today.date().minusMonths(1), null, 0, 200));
        }
        return list == null ? List.of() : list;
    }

    /** The renewals facilitators must book across the groups that have not ended. */
    public List<DeliveryGroupService.ToBook> getToBook() {
        if (toBook == null) {
            toBook = Pages.attempt(() -> groups.toBook());
        }
        return toBook == null ? List.of() : toBook;
    }

    public List<Programme> getProgrammes() {
        return cover.programmes();
    }

    public List<CoverColumn> getSettings() {
        return groups.settings();
    }

    /** Need levels the chosen programme serves (all four until one is chosen). */
    public List<Integer> getNeedLevels() {
        return cover.needLevelsServed(programmeId);
    }

    public Long getSettingId() {
        return settingId;
    }

    public void setSettingId(Long settingId) {
        this.settingId = settingId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getSessions() {
        return sessions;
    }

    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    static long requestedId() {
        String id = Faces.getRequestParameter("id");
        try {
            return id == null ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
