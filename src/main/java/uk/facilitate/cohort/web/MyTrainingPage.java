package uk.facilitate.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.facilitate.cohort.CohortApi;
import uk.facilitate.cohort.CohortService;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.web.Pages;

/** A member of staff's training: cohorts open for nominations (ask for a place) and their own nominations. */
@Named
@ViewScoped
public class MyTrainingPage implements Serializable {

    @Inject
    private transient CohortService cohorts;

    private List<CohortApi.EventView> open = List.of();
    private List<CohortApi.NominationView> mine = List.of();

    @PostConstruct
    void load() {
        open = cohorts.events(new CohortService.EventFilter(null, null, EventStatus.OPEN), 0, 100);
        mine = cohorts.myNominations();
    }

    public void ask(long eventId) {
        CohortApi.NominationResult result = Pages.attempt(() -> cohorts.nominate(eventId, null));
        if (result != null) {
            Messages.addGlobalInfo("You asked for a place on " + result.nomination().eventTitle()
                    + "; a workforce development manager will approve it");
            result.advice().forEach(Messages::addGlobalWarn);
            load();
        }
    }

    public void withdraw(long nominationId) {
        if (Pages.attempt(() -> cohorts.withdraw(nominationId, "Withdrawn by the practitioner")) != null) {
            Messages.addGlobalInfo("Withdrawn");
            load();
        }
    }

    /** What the outcome means for the person, honestly: a record is created, but waits for verification. */
    public String outcome(CohortApi.NominationView n) {
        if ("COMPLETED".equals(n.outcome())) {
            return "Completed: a record has been added to your file, pending a manager's verification";
        }
        if ("NOT_COMPLETED".equals(n.outcome())) {
            return "Not completed: " + n.outcomeReason();
        }
        return "";
    }

    public boolean nominated(long eventId) {
        return mine.stream().anyMatch(n -> n.eventId() == eventId && n.status().active());
    }

    public List<CohortApi.EventView> getOpen() {
        return open;
    }

    public List<CohortApi.NominationView> getMine() {
        return mine;
    }
}
