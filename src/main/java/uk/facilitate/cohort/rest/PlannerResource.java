package uk.facilitate.cohort.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.cohort.TrainingPlanning;
import uk.facilitate.platform.security.Role;

/** {@code /api/v1/planner}: propose, and apply, the nominations that close cover gaps within a budget. */
@Path("planner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER})
@Tag(name = "Planner")
public class PlannerResource {

    @Inject
    private TrainingPlanning planning;

    @POST
    @Operation(summary = "Propose a plan: for cover targets (locality or each locality, programme, need level, minimum,"
            + " target date) and a budget, whom to nominate to which planned or new cohort, each suggestion explained;"
            + " gaps left open say why (no candidate, or out of money)")
    public TrainingPlanning.PlanView plan(TrainingPlanning.PlanRequest request) {
        RequestBody.required(request);
        return planning.plan(request);
    }

    @POST
    @Path("apply")
    @Operation(summary = "Apply the plan for the same request: creates the new planned cohorts and the nominations")
    public TrainingPlanning.AppliedPlan apply(TrainingPlanning.PlanRequest request) {
        RequestBody.required(request);
        return planning.apply(request);
    }
}
