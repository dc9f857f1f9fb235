package uk.facilitate.cohort.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.QueryParameters;
import uk.facilitate.cohort.TrainingPlanning;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffRole;

/** {@code /api/v1/training-needs}: the staff × programmes matrix and, per programme, who would qualify if trained. */
@Path("training-needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER})
@Tag(name = "Training needs")
public class TrainingNeedsResource {

    @Inject
    private Today today;

    @Inject
    private TrainingPlanning planning;

    @GET
    @Operation(operationId = "trainingNeedsMatrix", summary = "Staff × programmes on a date: accredited, expiring soon, trained, lapsed or not trained, a page"
            + " of staff at a time (everyone, including those who have started nothing); filter by locality, setting, role")
    public TrainingPlanning.Matrix matrix(@QueryParam("locality") Long locality, @QueryParam("setting") Long setting,
                                          @QueryParam("role") StaffRole role, @QueryParam("on") LocalDate on,
                                          @QueryParam("first") @DefaultValue("0") int first,
                                          @QueryParam("max") @DefaultValue("50") int max) {
        page(first, max);
        return planning.matrix(locality, setting, role, QueryParameters.orToday(on, today), first, max);
    }

    @GET
    @Path("{programme}")
    @Operation(summary = "Staff not qualified for the programme who would newly qualify (or re-qualify) if trained, first;"
            + " then those who would still not qualify, with the reason (the engine with a hypothetical accreditation)")
    public TrainingPlanning.Candidates candidates(@PathParam("programme") String programme,
                                                  @QueryParam("locality") Long locality, @QueryParam("on") LocalDate on,
                                                  @QueryParam("first") @DefaultValue("0") int first,
                                                  @QueryParam("max") @DefaultValue("50") int max) {
        page(first, max);
        return planning.candidates(programme, locality, QueryParameters.orToday(on, today), first, max);
    }

    private static void page(int first, int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw InvalidInput.of("max", "Ask for between 1 and 500 rows from a position of 0 or more");
        }
    }
}
