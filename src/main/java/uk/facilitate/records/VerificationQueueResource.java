package uk.facilitate.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.InvalidInput;

/**
 * {@code GET /api/v1/accreditations/pending}: the verification queue of every kind of self-entered record,
 * where it has always been in the API (decisions: {@code AccreditationResource}, {@code VerificationResource}).
 */
@Path("accreditations/pending")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
@Tag(name = "Verification")
public class VerificationQueueResource {

    @Inject
    private VerificationService verification;

    /**
     * A record awaiting verification, as the queue shows it: {@code kind} ACCREDITATION, DBS, SAFEGUARDING or
     * SUPERVISION, {@code what} and {@code details} in words, {@code date} awarded, issued, completed or held;
     * the programme, stage, expiry and certificate fields are for accreditations only.
     */
    public record PendingView(VerificationService.Kind kind, long id, long staffId, String staffName, String what,
                              String details, LocalDate date, String programmeId, String programmeName,
                              AccreditationStage stage, LocalDate awardedOn, LocalDate expiresOn, String awardingBody,
                              String certificateRef, boolean hasEvidence, String evidenceType, String loggedBy,
                              Instant loggedAt, long version) {
        static PendingView of(VerificationService.Pending p) {
            AccreditationRecord a = p.accreditation();
            return a == null
                    ? new PendingView(p.kind(), p.id(), p.staffId(), p.staffName(), p.what(), p.details(), p.date(),
                            null, null, null, null, null, null, null, false, null, p.loggedBy(), p.loggedAt(), p.version())
                    : new PendingView(p.kind(), p.id(), p.staffId(), p.staffName(), p.what(), p.details(), p.date(),
                            a.getProgrammeId(), p.what(), a.getStage(), a.getAwardedOn(), a.getExpiresOn(),
                            a.getAwardingBody(), a.getCertificateRef(), a.getEvidenceFile() != null, a.getEvidenceType(),
                            p.loggedBy(), p.loggedAt(), p.version());
        }
    }

    @GET
    @Operation(summary = "Accreditations, DBS checks, safeguarding trainings and supervision sessions awaiting"
            + " verification, oldest first, optionally for people whose name contains `name` (managers; their own are"
            + " left out). Decide on an accreditation at `/accreditations/{id}/verify`, on any kind at"
            + " `/verification/{kind}/{id}/verify` (or `/reject`)")
    public List<PendingView> pending(@QueryParam("name") String name,
                                     @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw InvalidInput.of("max", "Ask for between 1 and 500 records from a position of 0 or more");
        }
        return verification.waiting(name, first, max).stream().map(PendingView::of).toList();
    }
}
