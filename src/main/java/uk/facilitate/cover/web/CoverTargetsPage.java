package uk.facilitate.cover.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.util.Messages;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cover.CoverColumn;
import uk.facilitate.cover.CoverService;
import uk.facilitate.cover.CoverTargetChanges;
import uk.facilitate.platform.Access;
import uk.facilitate.web.Pages;

/**
 * {@code /cover/targets.xhtml}: the cover targets with who changed each last, beside the catalogue's
 * facilitators per group; managers add, change and remove them (with the version they read), coordinators
 * read. {@link CoverService} checks who may do what.
 */
@Named("coverTargets")
@ViewScoped
public class CoverTargetsPage extends ProgrammeLevelLocality {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CoverService cover;

    @Inject
    private transient CoverTargetChanges changes;

    @Inject
    private transient Access access;

    // the add form
    private Integer target;

    // the target being changed, as read
    private Long editingId;
    private long editingVersion;
    private String editingLabel;
    private Integer editingTarget;

    /** Loaded once per view and after each change, never in a getter's loop. */
    private transient List<CoverService.TargetView> list;
    private transient Map<Long, CoverTargetChanges.LastChange> lastChanges;

    public void add() {
        CoverService.TargetView added = Pages.attempt(() -> cover.addTarget(programmeId, needLevel, localityId, target));
        if (added != null) {
            Messages.addGlobalInfo("Target set: " + describe(added) + ", " + added.target());
            programmeId = null;
            needLevel = null;
            localityId = null;
            target = null;
            reload();
        }
    }

    /** Opens the change form for one target, keeping the version read so a concurrent change is reported. */
    public void edit(long id) {
        getTargets().stream().filter(t -> t.id() == id).findFirst().ifPresent(t -> {
            editingId = t.id();
            editingVersion = t.version();
            editingLabel = describe(t);
            editingTarget = t.target();
        });
    }

    public void saveEdit() {
        CoverService.TargetView changed = Pages.attempt(() -> cover.changeTarget(editingId, editingTarget, editingVersion));
        if (changed != null) {
            Messages.addGlobalInfo("Target changed: " + describe(changed) + ", " + changed.target());
            cancelEdit();
        } else if (!FacesContext.getCurrentInstance().getMessageList(null).isEmpty()) {
            cancelEdit(); // someone else changed or removed it meanwhile: show the list as it is now
        }
        reload();
    }

    public void cancelEdit() {
        editingId = null;
        editingLabel = null;
        editingTarget = null;
    }

    public void remove(long id, long version) {
        CoverService.TargetView removed = getTargets().stream().filter(t -> t.id() == id).findFirst().orElse(null);
        if (Pages.attempt(() -> cover.removeTarget(id, version)) && removed != null) {
            Messages.addGlobalInfo("Target removed: " + describe(removed) + "; the next most specific target applies");
            if (Objects.equals(editingId, id)) {
                cancelEdit();
            }
        }
        reload();
    }

    private void reload() {
        list = null;
        lastChanges = null;
    }

    /** "Incredible Years, need level 2, North" or "…, every level, every locality". */
    public String describe(CoverService.TargetView t) {
        return t.programmeName() + ", " + levelText(t.needLevel()) + ", " + localityText(t);
    }

    public String levelText(Integer level) {
        return level == null ? "every level" : "need level " + level;
    }

    /** "1, 2, 3". */
    public String levelsServed(Programme p) {
        return String.join(", ", p.needLevels().stream().map(l -> String.valueOf(l.number())).toList());
    }

    public String localityText(CoverService.TargetView t) {
        return t.localityId() == null ? "every locality" : t.localityName();
    }

    public List<CoverService.TargetView> getTargets() {
        if (list == null) {
            list = Pages.attempt(() -> cover.targetList());
        }
        return list == null ? List.of() : list;
    }

    /** Who last set a target and when ({@code null} if unknown). */
    public CoverTargetChanges.LastChange lastChange(long id) {
        if (lastChanges == null) {
            lastChanges = Pages.attempt(() -> changes.byTarget());
        }
        return lastChanges == null ? null : lastChanges.get(id);
    }

    /** Facilitated programmes with the need levels they serve and the catalogue's facilitators per group. */
    public List<Programme> getProgrammes() {
        return cover.programmes();
    }

    /** The catalogue's facilitators per group for a programme, or {@code null} when the catalogue gives none. */
    public Integer catalogueDefault(String id) {
        return getProgrammes().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(Programme::facilitatorsPerGroup).orElse(null);
    }

    /** How many targets are set for a programme (any level, any locality). */
    public long targetsSetFor(String id) {
        return getTargets().stream().filter(t -> t.programmeId().equals(id)).count();
    }

    /** Need levels the chosen programme serves (all four until one is chosen). */
    public List<Integer> getNeedLevels() {
        return cover.needLevelsServed(programmeId);
    }

    public List<CoverColumn> getLocalities() {
        return cover.localities();
    }

    /** Managers and administrators set targets; coordinators read them. */
    public boolean isEditor() {
        return access.isManager();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditingLabel() {
        return editingLabel;
    }

    public Integer getEditingTarget() {
        return editingTarget;
    }

    public void setEditingTarget(Integer editingTarget) {
        this.editingTarget = editingTarget;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }
}
