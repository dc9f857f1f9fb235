package uk.facilitate.qualification.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.QueryParameters;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.Today;

/** {@code /api/v1/facilitators}: who may facilitate a programme at a need level, where and when. */
@Path("facilitators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR})
@Tag(name = "Facilitators")
public class FacilitatorResource {

    @Inject
    private Today today;

    @Inject
    private QualificationService qualifications;

    @GET
    @Operation(summary = "Everyone qualified for a programme at a need level on a date (optionally in a locality),"
            + " with the last day each stays qualified")
    public List<QualificationService.Facilitator> facilitators(@QueryParam("programme") String programme,
                                                              @QueryParam("needLevel") Integer needLevel,
                                                              @QueryParam("locality") Long locality,
                                                              @QueryParam("on") LocalDate on) {
        if (programme == null || programme.isBlank()) {
            throw InvalidInput.of("programme", "Give the programme id, e.g. programme=incredible-years");
        }
        if (needLevel == null) {
            throw InvalidInput.of("needLevel", "Give the need level, 1 to 4");
        }
        return qualifications.facilitators(programme.strip(), needLevel, locality, QueryParameters.orToday(on, today));
    }
}
