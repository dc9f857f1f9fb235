package uk.facilitate.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.facilitate.catalogue.CatalogueRepository;

/** The home page: what the app is and how big the catalogue is. */
@Named
@RequestScoped
public class LandingPage {

    @Inject
    private CatalogueRepository catalogue;

    private Long programmeCount;

    public long getProgrammeCount() {
        if (programmeCount == null) {
            programmeCount = catalogue.countCurrent();
        }
        return programmeCount;
    }
}
