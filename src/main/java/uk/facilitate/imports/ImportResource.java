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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.platform.security.Role;

/**
 * {@code /api/v1/imports/staff} and {@code /api/v1/imports/accreditations}: send the CSV as the
 * request body ({@code Content-Type: text/csv}); {@code ?dryRun=true} checks without writing.
 * A file with any problem is refused as problem+json listing every one ("line 14, column
 * professional_level"), and nothing is written. The templates are CSV files; a client that asks for
 * JSON gets the same template described as JSON (its columns and the CSV text) rather than a 406.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER})
@Tag(name = "Imports")
public class ImportResource {

    static final String TEXT_CSV = "text/csv";
    private static final String CSV_BODY = "The CSV file (UTF-8) with its header row; lines starting with # are ignored."
            + " The template (GET …/template) lists every column.";

    @Inject
    private ImportService imports;

    /** The answer to a dry run or an import. */
    public record ImportView(String kind, boolean dryRun, String fileName, int rowsRead, int added, int people,
                             Double seconds) {
    }

    /** A template as JSON: what each column means, and the CSV text a spreadsheet would open. */
    public record TemplateView(String kind, String fileName, List<Column> columns, String csv) {
    }

    @POST
    @Path("staff")
    @Consumes(TEXT_CSV)
    @Operation(summary = "Import staff from an HR export (CSV), all or nothing; dryRun=true only checks the file")
    public ImportView importStaff(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                  @HeaderParam("X-File-Name") String fileName,
                                  @RequestBody(required = true, description = CSV_BODY, content = @Content(
                                          mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                                          example = "employee_ref,given_name,family_name,role,organisation,locality_codes\n"
                                                  + "HR-1042,Jade,Bennett,Family support worker,Wyvernside Council,NORTH")))
                                  byte[] csv) {
        return run(ImportKind.STAFF, dryRun, fileName, csv);
    }

    @POST
    @Path("accreditations")
    @Consumes(TEXT_CSV)
    @Operation(summary = "Import existing accreditation records (CSV), all or nothing; dryRun=true only checks the file")
    public ImportView importAccreditations(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                           @HeaderParam("X-File-Name") String fileName,
                                           @RequestBody(required = true, description = CSV_BODY, content = @Content(
                                                   mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                                                   example = "employee_ref,programme,stage,awarded_on\n"
                                                           + "HR-1042,solihull-approach,ACCREDITED,2025-03-14")))
                                           byte[] csv) {
        return run(ImportKind.ACCREDITATIONS, dryRun, fileName, csv);
    }

    @GET
    @Path("staff/template")
    @Produces({TEXT_CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The staff import template: column descriptions, the header row and an example row")
    @APIResponse(responseCode = "200", description = "The template: a CSV file, or its JSON description if JSON is asked for",
            content = {@Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TemplateView"))})
    public Response staffTemplate(@Context HttpHeaders headers) {
        return template(ImportKind.STAFF, headers);
    }

    @GET
    @Path("accreditations/template")
    @Produces({TEXT_CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The accreditation-records import template")
    @APIResponse(responseCode = "200", description = "The template: a CSV file, or its JSON description if JSON is asked for",
            content = {@Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TemplateView"))})
    public Response accreditationsTemplate(@Context HttpHeaders headers) {
        return template(ImportKind.ACCREDITATIONS, headers);
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

    /** CSV unless the client prefers JSON to CSV (a bare {@code Accept: application/json} included). */
    private static Response template(ImportKind kind, HttpHeaders headers) {
        MediaType preferred = headers.getAcceptableMediaTypes().get(0);
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(preferred) && !preferred.isWildcardType()) {
            return Response.ok(new TemplateView(kind.slug(), kind.templateFileName(), kind.columns(), kind.template()),
                    MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(kind.template(), TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + kind.templateFileName() + "\"").build();
    }
}
