package uk.facilitate.platform.security;

import uk.facilitate.api.RequestBody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/users}: administrators create sign-in accounts. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Users")
public class UserResource {

    @Inject
    private UserService users;

    public record UserRequest(String username, String password, Long staffId, Set<String> roles) {
    }

    public record UserView(long id, String username, Long staffId, Set<String> roles) {
    }

    @POST
    @Operation(summary = "Create a sign-in account, optionally linked to a staff record")
    public Response create(UserRequest request) {
        RequestBody.required(request);
        AppUser user = users.create(request.username(), request.password(), request.staffId(), request.roles());
        return Response.status(201).entity(new UserView(user.getId(), user.getUsername(), user.getStaffId(), user.getRoles()))
                .build();
    }
}
