package uk.facilitate.cohort.web;

import static uk.facilitate.platform.Text.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.CohortSettings;
import uk.facilitate.cohort.CohortSettingsService;
import uk.facilitate.web.Pages;

/**
 * {@code /manager/cohort-settings.xhtml}: the borough's completion rule and "expiring soon" window, and the
 * foundations it recommends before each programme (advice when nominating, never a refusal). What was read
 * is kept, so a change someone else saved meanwhile is reported rather than overwritten.
 */
@Named
@ViewScoped
public class CohortSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CohortSettingsService cohortSettings;


    @Inject
    private transient Catalogue catalogue;

    // settings as read, and as typed
    private Integer readPercent;
    private int readDays;
    private String rule;
    private Integer minimumAttendancePercent;
    private Integer expiringSoonDays;

    // recommended foundations
    private transient List<CohortSettingsService.Foundation> foundations;
    private String programmeId;
    private List<String> foundationIds = new ArrayList<>();
    private List<String> foundationsAsRead;

    @PostConstruct
    void load() {
        CohortSettings current = cohortSettings.settings();
        readPercent = current.minimumAttendancePercent();
        readDays = current.expiringSoonDays();
        rule = current.completionRule().describe();
        minimumAttendancePercent = readPercent;
        expiringSoonDays = readDays;
    }

    public void saveSettings() {
        CohortSettings saved = Pages.attempt(() -> cohortSettings.saveSettings(minimumAttendancePercent, expiringSoonDays,
                new CohortSettings(readPercent, readDays)));
        if (saved != null) {
            Messages.addGlobalInfo("Cohort settings saved: " + saved.completionRule().describe()
                    + "; expiring soon means within " + saved.expiringSoonDays() + " days");
            load();
        }
    }

    /** Shows the chosen programme's recommended foundations, as they are now, ready to change. */
    public void chooseProgramme() {
        foundations = null;
        foundationIds = new ArrayList<>(getFoundations().stream().filter(f -> f.programmeId().equals(programmeId))
                .findFirst().map(CohortSettingsService.Foundation::foundationIds).orElse(List.of()));
        foundationsAsRead = programmeId == null ? null : List.copyOf(foundationIds);
    }

    /** Opens one row of the table in the form. */
    public void change(String id) {
        programmeId = id;
        chooseProgramme();
    }

    public void saveFoundations() {
        List<String> asRead = foundationsAsRead;
        CohortSettingsService.Foundation saved = Pages.attempt(() -> cohortSettings.setFoundations(programmeId, foundationIds, asRead));
        if (saved != null) {
            Messages.addGlobalInfo(saved.foundationNames().isEmpty()
                    ? "No foundations recommended before " + saved.programmeName() + " now"
                    : "Recommended before " + saved.programmeName() + ": " + String.join(", ", saved.foundationNames()));
            foundations = null;
            programmeId = null;
            foundationIds = new ArrayList<>();
            foundationsAsRead = null;
        }
    }

    public List<CohortSettingsService.Foundation> getFoundations() {
        if (foundations == null) {
            foundations = cohortSettings.foundations();
        }
        return foundations;
    }

    /** Programmes and courses in the catalogue now, by name. */
    public List<Programme> getProgrammes() {
        return catalogue.programmes();
    }

    /** What may be recommended before the chosen programme: any other programme or course. */
    public List<Programme> getFoundationChoices() {
        return catalogue.programmes().stream().filter(p -> !p.id().equals(programmeId)).toList();
    }

    public String getRule() {
        return rule;
    }

    public Integer getMinimumAttendancePercent() {
        return minimumAttendancePercent;
    }

    public void setMinimumAttendancePercent(Integer minimumAttendancePercent) {
        this.minimumAttendancePercent = minimumAttendancePercent;
    }

    public Integer getExpiringSoonDays() {
        return expiringSoonDays;
    }

    public void setExpiringSoonDays(Integer expiringSoonDays) {
        this.expiringSoonDays = expiringSoonDays;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = blankToNull(programmeId);
    }

    public List<String> getFoundationIds() {
        return foundationIds;
    }

    public void setFoundationIds(List<String> foundationIds) {
        this.foundationIds = foundationIds == null ? new ArrayList<>() : new ArrayList<>(foundationIds);
    }
}
