package uk.facilitate.cover.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.cover.DeliveryGroupService;
import uk.facilitate.platform.security.Role;

/** {@code /api/v1/groups}: delivery groups, the facilitators offered for them, and assignments. */
@Path("groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR})
@Tag(name = "Delivery groups")
public class DeliveryGroupResource {

    @Inject
    private DeliveryGroupService groups;

    /** A group as sent; {@code sessions} may be left out when the catalogue gives the programme's length. */
    public record GroupRequest(String programmeId, Integer needLevel, Long settingId, LocalDate startDate,
                               Integer sessions, String notes, Long version) {
        DeliveryGroupService.Plan plan() {
            return new DeliveryGroupService.Plan(programmeId, needLevel, settingId, startDate, sessions, notes);
        }
    }

    public record AssignRequest(Long staffId, Long version) {
    }

    @GET
    @Operation(operationId = "listGroups", summary = "Groups in the caller's localities, optionally in one locality and overlapping from–to")
    public List<DeliveryGroupService.GroupSummary> list(@QueryParam("locality") Long locality,
                                                        @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                                        @QueryParam("first") @DefaultValue("0") int first,
                                                        @QueryParam("max") @DefaultValue("50") int max) {
        return groups.list(locality, from, to, first, max);
    }

    @GET
    @Path("to-book")
    @Operation(operationId = "groupRenewalsToBook", summary = "Renewals to book across the groups in the caller's"
            + " localities that have not ended: each facilitator's supervision, DBS re-check or safeguarding refresh"
            + " falling due before the group's last session, with whether it is booked; unbooked first")
    public List<DeliveryGroupService.ToBook> toBook() {
        return groups.toBook();
    }

    @POST
    @Operation(operationId = "createGroup", summary = "Plan a group: programme, need level, setting, first session, number of weekly sessions")
    @APIResponse(responseCode = "201", description = "The group created; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GroupView")))
    public Response create(GroupRequest request, @Context UriInfo uri) {
        DeliveryGroupService.GroupView created = groups.create(RequestBody.required(request).plan());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getGroup", summary = "A group with its session dates, facilitators (qualified throughout or not) and warnings")
    public DeliveryGroupService.GroupView get(@PathParam("id") long id) {
        return groups.find(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateGroup", summary = "Change a group's plan; send the version you read (409 if someone else changed it)")
    public DeliveryGroupService.GroupView update(@PathParam("id") long id, GroupRequest request) {
        RequestBody.required(request);
        return groups.update(id, request.plan(), RequestBody.version(request.version()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteGroup", summary = "Delete a group; send ?version= as read")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        groups.delete(id, RequestBody.version(version));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/offers")
    @Operation(summary = "People serving the group's locality who can facilitate every session: qualified on every"
            + " session date, or from the first with only renewals (supervision, DBS, safeguarding) falling due during"
            + " the group, listed in toBook with whether each is booked; with any other group on the same dates")
    public List<DeliveryGroupService.Offer> offers(@PathParam("id") long id) {
        return groups.offers(id);
    }

    @POST
    @Path("{id}/facilitators")
    @Operation(summary = "Assign a facilitator (refused with the date and reason if they are not qualified at the"
            + " first session or reach a hard end during the group; a renewal falling due and a double booking are"
            + " allowed and returned in warnings)")
    public DeliveryGroupService.AssignmentResult assign(@PathParam("id") long id, AssignRequest request) {
        RequestBody.required(request);
        return groups.assign(id, request.staffId(), RequestBody.version(request.version()));
    }

    @DELETE
    @Path("{id}/facilitators/{staffId}")
    @Operation(summary = "Take a facilitator off a group; send ?version= as read")
    public DeliveryGroupService.GroupView unassign(@PathParam("id") long id, @PathParam("staffId") long staffId,
                                                  @QueryParam("version") Long version) {
        return groups.unassign(id, staffId, RequestBody.version(version));
    }
}
