package uk.facilitate.cover.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.facilitate.cover.DeliveryGroupService;
import uk.facilitate.web.Pages;

/** {@code /cover/group.xhtml?id=…}: one group, the facilitators offered for it, assigning and warnings. */
@Named("deliveryGroup")
@ViewScoped
public class DeliveryGroupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeliveryGroupService groups;

    private long id;
    private transient DeliveryGroupService.GroupView group;
    private transient List<DeliveryGroupService.Offer> offers;
    private List<String> lastWarnings = new ArrayList<>();
    private LocalDate startDate;
    private Integer sessions;
    private String notes;

    @PostConstruct
    void init() {
        id = DeliveryGroupsPage.requestedId();
        group = Pages.require(() -> groups.find(id));
        if (group != null) {
            startDate = group.startDate();
            sessions = group.sessions();
            notes = group.notes();
        }
    }

    public void assign(long staffId) {
        DeliveryGroupService.AssignmentResult result = Pages.attempt(() -> groups.assign(id, staffId, getGroup().version()));
        if (result != null) {
            group = result.group();
            offers = null;
            lastWarnings = new ArrayList<>(result.warnings());
            result.warnings().forEach(Messages::addGlobalWarn);
            Messages.addGlobalInfo("Assigned to the group");
        }
    }

    public void unassign(long staffId) {
        DeliveryGroupService.GroupView changed = Pages.attempt(() -> groups.unassign(id, staffId, getGroup().version()));
        if (changed != null) {
            group = changed;
            offers = null;
        }
    }

    public void save() {
        DeliveryGroupService.GroupView current = getGroup();
        DeliveryGroupService.GroupView changed = Pages.attempt(() -> groups.update(id, new DeliveryGroupService.Plan(
                current.programmeId(), current.needLevel(), current.settingId(), startDate, sessions, notes),
                current.version()));
        if (changed != null) {
            group = changed;
            offers = null;
            Messages.addGlobalInfo("Group saved");
        }
    }

    public DeliveryGroupService.GroupView getGroup() {
        if (group == null) {
            group = Pages.require(() -> groups.find(id));
        }
        return group;
    }

    public List<DeliveryGroupService.Offer> getOffers() {
        if (offers == null) {
            offers = Pages.attempt(() -> groups.offers(id));
        }
        return offers == null ? List.of() : offers;
    }

    public List<String> getLastWarnings() {
        return lastWarnings;
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
}
