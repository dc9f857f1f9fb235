package uk.facilitate.accounts;

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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.platform.security.AppUser;
import uk.facilitate.platform.security.Role;
import uk.facilitate.platform.security.UserAccount;
import uk.facilitate.shared.InvalidInput;

/** {@code /api/v1/users}: administrators list and create sign-in accounts, change roles, disable them and reset passwords. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Users")
public class UserResource {

    @Inject
    private UserService users;

    public record UserRequest(@MaxLength(100) String username, String password, Long staffId, Set<String> roles) {
    }

    public record RolesRequest(Set<String> roles, Long version) {
    }

    public record PasswordRequest(String password) {
    }

    @GET
    @Operation(operationId = "listUsers", summary = "Accounts whose user name contains 'name', by user name, a page at a time")
    public List<UserAccount> list(@QueryParam("name") String name, @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw InvalidInput.of("max", "Ask for between 1 and 500 accounts from a position of 0 or more");
        }
        return users.list(name, first, max);
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a sign-in account, optionally linked to a staff record")
    @APIResponse(responseCode = "201", description = "The account created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserAccount")))
    public Response create(UserRequest request) {
        RequestBody.required(request);
        AppUser user = users.create(request.username(), request.password(), request.staffId(), request.roles());
        return Response.status(201).entity(users.find(user.getId())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One account")
    public UserAccount get(@PathParam("id") long id) {
        return users.find(id);
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles; send the version you read (409 if someone else changed it)")
    public UserAccount changeRoles(@PathParam("id") long id, RolesRequest request) {
        RequestBody.required(request);
        return users.changeRoles(id, request.roles(), RequestBody.version(request.version()));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Stop an account signing in (not your own); a signed-in session ends at its next request")
    public UserAccount disable(@PathParam("id") long id) {
        return users.setEnabled(id, false);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Let a disabled account sign in again")
    public UserAccount enable(@PathParam("id") long id) {
        return users.setEnabled(id, true);
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set a new password (checked against the password policy)")
    public UserAccount resetPassword(@PathParam("id") long id, PasswordRequest request) {
        RequestBody.required(request);
        return users.resetPassword(id, request.password());
    }
}
