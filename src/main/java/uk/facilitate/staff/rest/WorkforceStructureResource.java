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

    @GET
    @Path("organisations")
    @Operation(summary = "Partner organisations")
    public List<Named> organisations() {
        return structure.organisations().stream().map(o -> new Named(o.getId(), o.getName())).toList();
    }

    @POST
    @Path("organisations")
    @Operation(summary = "Add a partner organisation (managers)")
    public Response addOrganisation(OrganisationRequest request) {
        RequestBody.required(request);
        Organisation o = structure.addOrganisation(request.name(), request.kind());
        return Response.status(201).entity(new Named(o.getId(), o.getName())).build();
    }

    @GET
    @Path("localities")
    @Operation(summary = "Localities (neighbourhoods, wards, area networks)")
    public List<Named> localities() {
        return structure.localities().stream().map(l -> new Named(l.getId(), l.getName())).toList();
    }

    @POST
    @Path("localities")
    @Operation(summary = "Add a locality (managers)")
    public Response addLocality(LocalityRequest request) {
        RequestBody.required(request);
        Locality l = structure.addLocality(request.code(), request.name());
        return Response.status(201).entity(new Named(l.getId(), l.getName())).build();
    }

    @GET
    @Path("settings")
    @Operation(summary = "Settings and teams")
    public List<Named> settings() {
        return structure.settings().stream().map(s -> new Named(s.getId(), s.getName())).toList();
    }

    @POST
    @Path("settings")
    @Operation(summary = "Add a setting or team (managers)")
    public Response addSetting(SettingRequest request) {
        RequestBody.required(request);
        Setting s = structure.addSetting(request.name(), request.kind(), request.organisationId(), request.localityId());
        return Response.status(201).entity(new Named(s.getId(), s.getName())).build();
    }
}
