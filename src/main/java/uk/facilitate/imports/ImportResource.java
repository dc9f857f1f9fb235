package uk.facilitate.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.platform.security.Role;

/**
 * {@code /api/v1/imports/staff} and {@code /api/v1/imports/accreditations}: send the CSV as the
 * request body ({@code Content-Type: text/csv}); {@code ?dryRun=true} checks without writing.
 * A file with any problem is refused as problem+json listing every one ("line 14, column
 * professional_level"), and nothing is written.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER})
@Tag(name = "Imports")
public class ImportResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    private ImportService imports;

    /** The answer to a dry run or an import. */
    public record ImportView(String kind, boolean dryRun, String fileName, int rowsRead, int added, int people,
                             Double seconds) {
    }

    @POST
    @Path("staff")
    @Consumes(TEXT_CSV)
    @Operation(summary = "Import staff from an HR export (CSV), all or nothing; dryRun=true only checks the file")
    public ImportView importStaff(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @HeaderParam("X-File-Name") String fileName,
                                  byte[] csv) {
        return run(ImportKind.STAFF, dryRun, fileName, csv);
    }

    @POST
    @Path("accreditations")
    @Consumes(TEXT_CSV)
    @Operation(summary = "Import existing accreditation records (CSV), all or nothing; dryRun=true only checks the file")
    public ImportView importAccreditations(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                           @HeaderParam("X-File-Name") String fileName, byte[] csv) {
        return run(ImportKind.ACCREDITATIONS, dryRun, fileName, csv);
    }

    @GET
    @Path("staff/template")
    @Produces(TEXT_CSV)
    @Operation(summary = "The staff import template: column descriptions, the header row and an example row")
    public Response staffTemplate() {
        return template(ImportKind.STAFF);
    }

    @GET
    @Path("accreditations/template")
    @Produces(TEXT_CSV)
    @Operation(summary = "The accreditation-records import template")
    public Response accreditationsTemplate() {
        return template(ImportKind.ACCREDITATIONS);
    }

    private ImportView run(ImportKind kind, boolean dryRun, String fileName, byte[] csv) {
        if (dryRun) {
            ImportReport report = imports.preview(kind, fileName, csv);
            if (!report.problems().isEmpty()) {
                throw new ImportRejected(report.problems());
            }
            return new ImportView(kind.slug(), true, report.fileName(), report.rowsRead(), report.toAdd(),
                    report.people(), null);
        }
        ImportResult result = imports.importNow(kind, fileName, csv);
        return new ImportView(kind.slug(), false, result.fileName(), result.rowsRead(), result.added(), result.people(),
                result.took().toMillis() / 1000.0);
    }

    private static Response template(ImportKind kind) {
        return Response.ok(kind.template(), TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + kind.templateFileName() + "\"").build();
    }
}
