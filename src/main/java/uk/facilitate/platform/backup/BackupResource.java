package uk.facilitate.platform.backup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.DatabaseConfiguration;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.NotFound;

/**
 * {@code /api/v1/admin/backups}: administrators take a consistent backup of the running instance
 * into the {@code backups} folder of the data folder, and download it.
 */
@Path("admin/backups")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@Tag(name = "Operations")
public class BackupResource {

    private static final Logger LOG = Logger.getLogger(BackupResource.class.getName());
    private static final Pattern BACKUP_NAME = Pattern.compile("facilitate-backup-[0-9TZ]{16}(-[0-9]{1,3})?\\.zip");

    /** What a backup wrote: its name (for the download), size and SHA-256. */
    public record BackupView(String name, int evidenceFiles, long bytes, String sha256) {
    }

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Access access;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBackup", summary = "Write a backup (database snapshot, evidence files, SHA-256 manifest) into the data folder's"
            + " backups folder; the answer names it for the download")
    @APIResponse(responseCode = "201", description = "The backup written; Location is its download", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BackupView")))
    public Response create() throws IOException, SQLException {
        java.nio.file.Path folder = DataFolder.resolve().resolve("backups");
        Files.createDirectories(folder);
        java.nio.file.Path target = unusedName(folder, BackupArchive.nameFor(Instant.now()));
        BackupArchive.Summary summary;
        // Outside any container transaction: the dump runs its own read-only snapshot transaction.
        try (Connection connection = dataSource.getConnection()) {
            summary = BackupArchive.write(connection, DataFolder.resolve().resolve("evidence"), target);
        }
        String name = target.getFileName().toString();
        LOG.info(() -> "Backup " + name + " written by " + access.userName() + ": " + summary.bytes() + " bytes, "
                + summary.evidenceFiles() + " evidence files, SHA-256 " + summary.sha256());
        return Response.created(URI.create("admin/backups/" + name))
                .entity(new BackupView(name, summary.evidenceFiles(), summary.bytes(), summary.sha256()))
                .build();
    }

    @GET
    @Path("{name}")
    @Produces("application/zip")
    @Operation(summary = "Download a backup written by POST /admin/backups")
    @APIResponse(responseCode = "200", description = "The backup archive", content = {@Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@PathParam("name") String name) {
        java.nio.file.Path file = DataFolder.resolve().resolve("backups").resolve(
                name != null && BACKUP_NAME.matcher(name).matches() ? name : "-");
        if (!Files.isRegularFile(file)) {
            throw new NotFound("No backup named " + name);
        }
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** Two backups in the same second get -1, -2… rather than overwriting each other. */
    private static java.nio.file.Path unusedName(java.nio.file.Path folder, String name) {
        java.nio.file.Path candidate = folder.resolve(name);
        for (int i = 1; Files.exists(candidate) || Files.exists(candidate.resolveSibling(name + ".part")); i++) {
            candidate = folder.resolve(name.replace(".zip", "-" + i + ".zip"));
        }
        return candidate;
    }
}
