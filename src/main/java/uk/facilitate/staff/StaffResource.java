package uk.facilitate.staff;

import uk.facilitate.api.RequestBody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.platform.InvalidInput;
import uk.facilitate.platform.security.Role;

/** {@code /api/v1/staff}: the staff list and each person's details. */
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
    @Operation(summary = "Staff visible to the caller, a page at a time, optionally filtered by name")
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
    @Operation(summary = "Add a staff member (workforce managers)")
    public Response create(StaffApi.StaffRequest request, @Context UriInfo uri) {
        RequestBody.required(request);
        StaffMember created = staff.create(request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(StaffApi.StaffView.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff member")
    public StaffApi.StaffView get(@PathParam("id") long id) {
        return StaffApi.StaffView.of(staff.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a staff member; send the version you read (409 if someone else changed it)")
    public StaffApi.StaffView update(@PathParam("id") long id, StaffApi.StaffRequest request) {
        RequestBody.required(request);
        if (request.version() == null) {
            throw InvalidInput.of("version", "Send the version you read, so a concurrent change is not overwritten");
        }
        return StaffApi.StaffView.of(staff.update(id, request.details(), request.version()));
    }
}
