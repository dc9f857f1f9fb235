package uk.facilitate.cover.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cover.CanWeRunService;
import uk.facilitate.cover.CoverService;
import uk.facilitate.shared.Today;
import uk.facilitate.web.Pages;

/**
 * {@code /cover/can-we-run.xhtml}: the coordinators' and managers' question in one place. A programme, need
 * level, locality and first session in; who can facilitate every session (or who is nearest and what each
 * misses) out, with a link that opens the planner on the gap.
 */
@Named("canWeRun")
@ViewScoped
public class CanWeRunPage extends ProgrammeLevelLocality {

    private static final long serialVersionUID = 1L;

    @Inject
    private Today today;

    @Inject
    private transient CanWeRunService service;

    @Inject
    private transient CoverService cover;

    private LocalDate firstSession;
    private Integer sessions;
    private Integer facilitators;
    private CanWeRunService.Answer answer;
    private transient List<CanWeRunService.LocalityChoice> localities;

    @PostConstruct
    void init() {
        firstSession = today.date().plusWeeks(4);
    }

    public void ask() {
        answer = Pages.attempt(() -> service.ask(new CanWeRunService.Question(programmeId, needLevel, localityId,
                firstSession, sessions, facilitators)));
    }

    /** The planner, opened on this gap: whom to train for this programme, level and locality by the first session. */
    public String getPlannerLink() {
        if (answer == null || answer.canRun()) {
            return null;
        }
        return "manager/planner.xhtml?programme=" + URLEncoder.encode(answer.programmeId(), StandardCharsets.UTF_8)
                + "&needLevel=" + answer.needLevel() + "&locality=" + answer.localityId()
                + "&by=" + answer.firstSession().format(DateTimeFormatter.ISO_LOCAL_DATE)
                + "&minimum=" + answer.facilitators();
    }

    public List<Programme> getProgrammes() {
        return cover.programmes();
    }

    /** Need levels the chosen programme serves (all four until one is chosen). */
    public List<Integer> getNeedLevels() {
        return cover.needLevelsServed(programmeId);
    }

    public List<CanWeRunService.LocalityChoice> getLocalities() {
        if (localities == null) {
            localities = service.localities();
        }
        return localities;
    }

    public CanWeRunService.Answer getAnswer() {
        return answer;
    }

    public LocalDate getFirstSession() {
        return firstSession;
    }

    public void setFirstSession(LocalDate firstSession) {
        this.firstSession = firstSession;
    }

    public Integer getSessions() {
        return sessions;
    }

    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    public Integer getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(Integer facilitators) {
        this.facilitators = facilitators;
    }
}
