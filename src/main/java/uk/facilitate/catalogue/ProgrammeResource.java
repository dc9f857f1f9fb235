package uk.facilitate.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/programmes}: the training catalogue (any signed-in user). */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogue")
public class ProgrammeResource {

    @Inject
    private Catalogue catalogue;

    @GET
    @Operation(operationId = "listProgrammes", summary = "Every programme and course in the catalogue")
    public List<ProgrammeView> list() {
        return catalogue.programmes().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgramme", summary = "One programme with its training path, rules, ratings, costs and sources")
    public ProgrammeView get(@PathParam("id") String id) {
        if (!catalogue.isCurrent(id)) {
            throw new uk.facilitate.shared.NotFound("No programme with id '" + id + "' in the catalogue");
        }
        return ProgrammeView.of(catalogue.require(id));
    }
}
