package uk.facilitate.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.CohortApi;
import uk.facilitate.cohort.CohortService;
import uk.facilitate.cohort.EventDetails;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.WorkforceStructureService;
import uk.facilitate.web.Pages;

/** Cohorts: the list, the schedule of every session (filtered by programme and locality) and planning a new event. */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

    @Inject
    private transient CohortService cohorts;

    @Inject
    private transient Catalogue catalogue;

    @Inject
    private transient WorkforceStructureService structure;

    private String programmeFilter;
    private Long localityFilter;
    private List<CohortApi.EventView> events = List.of();
    private ScheduleModel schedule;

    // the new event form
    private String title;
    private String programmeId;
    private List<String> steps = new ArrayList<>();
    private Integer capacity = 16;
    private Long localityId;
    private String venue;
    private String provider;
    private boolean online;
    private BigDecimal costPounds;
    private Programme.CostBasis costBasis;
    private String budgetCode;
    private LocalDate draftStart;

    @PostConstruct
    void load() {
        search();
        schedule = new LazyScheduleModel() {
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                clear();
                for (CohortApi.SessionView s : cohorts.sessionsBetween(start.toLocalDate(), end.toLocalDate(),
                        programmeFilter, localityFilter)) {
                    addEvent(DefaultScheduleEvent.builder().id(String.valueOf(s.id()))
                            .title(s.eventTitle() + ": " + s.stepName())
                            .startDate(s.date().atTime(s.startsAt())).endDate(s.date().atTime(s.endsAt()))
                            .url(Faces.getRequestContextPath() + "/manager/cohort.xhtml?id=" + s.eventId())
                            .build());
                }
            }
        };
    }

    public void search() {
        events = cohorts.events(new CohortService.EventFilter(programmeFilter, localityFilter, null), 0, 200);
    }

    public void programmeChosen() {
        Programme programme = programmeId == null ? null : catalogue.find(programmeId).orElse(null);
        steps = programme == null ? new ArrayList<>() : new ArrayList<>(programme.trainingPath().stream()
                .map(Programme.TrainingStep::id).toList());
        if (programme != null && programme.trainingCost() != null) {
            costPounds = programme.trainingCost().pounds();
            costBasis = programme.trainingCost().basis();
        }
        if (programme != null && (title == null || title.isBlank())) {
            title = programme.name();
        }
    }

    public String create() {
        CohortApi.EventView created = Pages.attempt(() -> cohorts.create(new EventDetails(title, programmeId, steps, provider,
                venue, online, localityId, capacity, costBasis, costPounds, budgetCode), List.of(), draftStart));
        return created == null ? null : "/manager/cohort.xhtml?faces-redirect=true&id=" + created.id();
    }

    public List<Programme> getProgrammes() {
        return catalogue.programmes().stream().filter(p -> !p.trainingPath().isEmpty()).toList();
    }

    public List<Programme.TrainingStep> getAvailableSteps() {
        return programmeId == null ? List.of() : catalogue.find(programmeId).map(Programme::trainingPath).orElse(List.of());
    }

    public List<Locality> getLocalities() {
        return structure.localities();
    }

    public Programme.CostBasis[] getCostBases() {
        return Programme.CostBasis.values();
    }

    public List<CohortApi.EventView> getEvents() {
        return events;
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public String getProgrammeFilter() {
        return programmeFilter;
    }

    public void setProgrammeFilter(String programmeFilter) {
        this.programmeFilter = programmeFilter;
    }

    public Long getLocalityFilter() {
        return localityFilter;
    }

    public void setLocalityFilter(Long localityFilter) {
        this.localityFilter = localityFilter;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public List<String> getSteps() {
        return steps;
    }

    public void setSteps(List<String> steps) {
        this.steps = steps;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getLocalityId() {
        return localityId;
    }

    public void setLocalityId(Long localityId) {
        this.localityId = localityId;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public BigDecimal getCostPounds() {
        return costPounds;
    }

    public void setCostPounds(BigDecimal costPounds) {
        this.costPounds = costPounds;
    }

    public Programme.CostBasis getCostBasis() {
        return costBasis;
    }

    public void setCostBasis(Programme.CostBasis costBasis) {
        this.costBasis = costBasis;
    }

    public String getBudgetCode() {
        return budgetCode;
    }

    public void setBudgetCode(String budgetCode) {
        this.budgetCode = budgetCode;
    }

    public LocalDate getDraftStart() {
        return draftStart;
    }

    public void setDraftStart(LocalDate draftStart) {
        this.draftStart = draftStart;
    }
}
