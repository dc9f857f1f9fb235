package uk.facilitate.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.platform.security.Role;
import uk.facilitate.staff.Locality;
import uk.facilitate.staff.Organisation;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.WorkforceStructureService;

/** {@code /api/v1/organisations}, {@code /localities}, {@code /settings}. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
@Tag(name = "Workforce structure")
public class WorkforceStructureResource {

    @Inject
    private WorkforceStructureService structure;

    public record OrganisationRequest(@MaxLength(200) String name, Organisation.Kind kind) {
    }

    public record LocalityRequest(@MaxLength(32) String code, @MaxLength(200) String name) {
    }

    public record SettingRequest(@MaxLength(200) String name, Setting.Kind kind, Long organisationId, Long localityId) {
    }

    public record Named(long id, String name) {
    }

    /** A locality with the code that imports use ({@code locality_codes}). */
    public record LocalityView(long id, String code, String name) {
        static LocalityView of(Locality l) {
            return new LocalityView(l.getId(), l.getCode(), l.getName());
        }
    }

    @GET
    @Path("organisations")
    @Operation(summary = "Partner organisations")
    public List<Named> organisations() {
        return structure.organisations().stream().map(o -> new Named(o.getId(), o.getName())).toList();
    }

    @POST
    @Path("organisations")
    @Operation(summary = "Add a partner organisation (managers)")
    @APIResponse(responseCode = "201", description = "The organisation added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Named")))
    public Response addOrganisation(OrganisationRequest request) {
        RequestBody.required(request);
        Organisation o = structure.addOrganisation(request.name(), request.kind());
        return Response.status(201).entity(new Named(o.getId(), o.getName())).build();
    }

    @GET
    @Path("localities")
    @Operation(summary = "Localities (neighbourhoods, wards, area networks) with the codes the staff import's"
            + " locality_codes column takes")
    public List<LocalityView> localities() {
        return structure.localities().stream().map(LocalityView::of).toList();
    }

    @POST
    @Path("localities")
    @Operation(summary = "Add a locality (managers)")
    @APIResponse(responseCode = "201", description = "The locality added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LocalityView")))
    public Response addLocality(LocalityRequest request) {
        RequestBody.required(request);
        Locality l = structure.addLocality(request.code(), request.name());
        return Response.status(201).entity(LocalityView.of(l)).build();
    }

    @GET
    @Path("settings")
    @Operation(operationId = "listSettings", summary = "Settings and teams")
    public List<Named> settings() {
        return structure.settings().stream().map(s -> new Named(s.getId(), s.getName())).toList();
    }

    @POST
    @Path("settings")
    @Operation(summary = "Add a setting or team (managers)")
    @APIResponse(responseCode = "201", description = "The setting added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Named")))
    public Response addSetting(SettingRequest request) {
        RequestBody.required(request);
        Setting s = structure.addSetting(request.name(), request.kind(), request.organisationId(), request.localityId());
        return Response.status(201).entity(new Named(s.getId(), s.getName())).build();
    }
}
