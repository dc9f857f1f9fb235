package uk.facilitate.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.facilitate.cohort.CohortCosts;

/** Committed and forecast training spend, and the cost per newly qualified facilitator. */
@Named
@ViewScoped
public class CostsPage implements Serializable {

    @Inject
    private transient CohortCosts costs;

    private CohortCosts.Report report;

    @PostConstruct
    void load() {
        report = costs.report();
    }

    public CohortCosts.Report getReport() {
        return report;
    }
}
