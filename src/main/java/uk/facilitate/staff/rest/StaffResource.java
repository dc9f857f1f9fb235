package uk.facilitate.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.platform.security.Role;
import uk.facilitate.records.StaffRecordsResource;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.staff.StaffApi;
import uk.facilitate.staff.StaffDirectory;
import uk.facilitate.staff.StaffMember;
import uk.facilitate.staff.StaffService;

/**
 * {@code /api/v1/staff}: the staff list and adding people. One person ({@code /staff/{id}}) is
 * {@link StaffRecordsResource}: JAX-RS matches the longer root path first, so everything under
 * {@code staff/{id}} must live there.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
@Tag(name = "Staff")
public class StaffResource {

    @Inject
    private StaffService staff;

    @Inject
    private StaffDirectory directory;

    @GET
    @Operation(operationId = "listStaff", summary = "Staff visible to the caller, a page at a time, optionally filtered by name")
    public List<StaffApi.StaffView> list(@QueryParam("name") String name,
                                         @QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw InvalidInput.of("max", "Ask for between 1 and 500 staff from a position of 0 or more");
        }
        return directory.search(new StaffDirectory.Filter(name, null, null, null, null, null, null), first, max, "name", true)
                .stream().map(StaffApi.StaffView::of).toList();
    }

    @POST
    @Operation(operationId = "createStaff", summary = "Add a staff member (workforce managers)")
    @APIResponse(responseCode = "201", description = "The staff member added; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffView")))
    public Response create(StaffApi.StaffRequest request, @Context UriInfo uri) {
        RequestBody.required(request);
        StaffMember created = staff.create(request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(StaffApi.StaffView.of(created)).build();
    }
}
