package uk.facilitate.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.cohort.TrainingPlanning;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.WorkforceStructureService;
import uk.facilitate.web.Pages;

/** The gap-driven planner: cover targets and a budget in, an explained plan out, applied on request. */
@Named
@ViewScoped
public class PlannerPage implements Serializable {

    @Inject
    private Today today;

    @Inject
    private transient TrainingPlanning planning;

    @Inject
    private transient WorkforceStructureService structure;

    @Inject
    private transient Catalogue catalogue;

    /** One editable target row. */
    public static class TargetRow implements Serializable {
        private Long localityId;
        private String programmeId;
        private Integer needLevel = 2;
        private Integer minimum = 2;
        private LocalDate targetDate;

        TargetRow(LocalDate targetDate) {
            this.targetDate = targetDate;
        }

        public Long getLocalityId() {
            return localityId;
        }

        public void setLocalityId(Long localityId) {
            this.localityId = localityId;
        }

        public String getProgrammeId() {
            return programmeId;
        }

        public void setProgrammeId(String programmeId) {
            this.programmeId = programmeId;
        }

        public Integer getNeedLevel() {
            return needLevel;
        }

        public void setNeedLevel(Integer needLevel) {
            this.needLevel = needLevel;
        }

        public Integer getMinimum() {
            return minimum;
        }

        public void setMinimum(Integer minimum) {
            this.minimum = minimum;
        }

        public LocalDate getTargetDate() {
            return targetDate;
        }

        public void setTargetDate(LocalDate targetDate) {
            this.targetDate = targetDate;
        }

        TrainingPlanning.TargetRequest request() {
            return new TrainingPlanning.TargetRequest(localityId, programmeId, needLevel, minimum, targetDate);
        }
    }

    private final List<TargetRow> targets = new ArrayList<>();
    private BigDecimal budget = new BigDecimal("20000");
    private LocalDate newCohortStart;
    private String budgetCode;
    private TrainingPlanning.PlanView plan;

    @PostConstruct
    void startFromToday() {
        newCohortStart = today.date().plusWeeks(4);
        addTarget();
        fillFromLink(targets.get(0));
    }

    /**
     * A link from "Can we run it?" opens the planner on its gap: {@code ?programme=…&needLevel=3&locality=12
     * &by=2027-04-01&minimum=2}. A part of the link that cannot be read is left at its default and said so.
     */
    private void fillFromLink(TargetRow row) {
        try {
            String programme = Faces.getRequestParameter("programme");
            if (programme != null && catalogue.find(programme).isPresent()) {
                row.setProgrammeId(programme);
            }
            String level = Faces.getRequestParameter("needLevel");
            row.setNeedLevel(level == null ? row.getNeedLevel() : Integer.valueOf(level));
            String locality = Faces.getRequestParameter("locality");
            row.setLocalityId(locality == null ? null : Long.valueOf(locality));
            String by = Faces.getRequestParameter("by");
            row.setTargetDate(by == null ? row.getTargetDate() : LocalDate.parse(by));
            String minimum = Faces.getRequestParameter("minimum");
            row.setMinimum(minimum == null ? row.getMinimum() : Integer.valueOf(minimum));
        } catch (RuntimeException e) {
            Messages.addGlobalWarn("Part of the link could not be read, so the target starts from the usual defaults"
                    + " there; check it before asking for a plan");
        }
    }

    public void addTarget() {
        targets.add(new TargetRow(today.date().plusMonths(6)));
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    public void propose() {
        plan = Pages.attempt(() -> planning.plan(request()));
    }

    public void apply() {
        TrainingPlanning.AppliedPlan applied = Pages.attempt(() -> planning.apply(request()));
        if (applied != null) {
            plan = applied.plan();
            Messages.addGlobalInfo(applied.nominations().size() + " nominations made; " + applied.newCohorts().size()
                    + " new planned cohorts (see Cohorts)");
        }
    }

    private TrainingPlanning.PlanRequest request() {
        return new TrainingPlanning.PlanRequest(targets.stream().map(TargetRow::request).toList(), budget, newCohortStart,
                null, budgetCode);
    }

    public List<Locality> getLocalities() {
        return structure.localities();
    }

    public List<Programme> getProgrammes() {
        return catalogue.facilitatedProgrammes();
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public LocalDate getNewCohortStart() {
        return newCohortStart;
    }

    public void setNewCohortStart(LocalDate newCohortStart) {
        this.newCohortStart = newCohortStart;
    }

    public String getBudgetCode() {
        return budgetCode;
    }

    public void setBudgetCode(String budgetCode) {
        this.budgetCode = budgetCode;
    }

    public TrainingPlanning.PlanView getPlan() {
        return plan;
    }
}
