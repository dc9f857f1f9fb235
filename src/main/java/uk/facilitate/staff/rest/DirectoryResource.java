package uk.facilitate.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.staff.DirectoryEntry;
import uk.facilitate.staff.StaffDirectory;
import uk.facilitate.staff.StaffRole;

/**
 * {@code /api/v1/directory}: the staff directory as the page shows it, for managers (everyone) and
 * coordinators (their localities). Its own root path, because {@code /staff/{id}/...} would claim
 * {@code /staff/directory}.
 */
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR})
@Tag(name = "Staff")
public class DirectoryResource {

    @Inject
    private StaffDirectory directory;

    /** A page of the directory and how many people match in all. */
    public record DirectoryPage(long total, List<DirectoryEntry> entries) {
    }

    @GET
    @Operation(summary = "Staff matching the filters, with organisation, locality and setting names; sort by name,"
            + " employeeRef, role, professionalLevel or organisation")
    public DirectoryPage directory(@QueryParam("name") String name, @QueryParam("organisation") Long organisationId,
                                   @QueryParam("setting") Long settingId, @QueryParam("locality") Long localityId,
                                   @QueryParam("role") StaffRole role, @QueryParam("programme") String programmeId,
                                   @QueryParam("stage") AccreditationStage stage,
                                   @QueryParam("sort") @DefaultValue("name") String sort,
                                   @QueryParam("descending") @DefaultValue("false") boolean descending,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw InvalidInput.of("max", "Ask for between 1 and 500 staff from a position of 0 or more");
        }
        StaffDirectory.Filter filter = new StaffDirectory.Filter(name, organisationId, settingId, localityId, role,
                programmeId, stage);
        return new DirectoryPage(directory.count(filter), directory.entries(filter, first, max, sort, !descending));
    }
}
