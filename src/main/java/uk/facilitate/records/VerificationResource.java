package uk.facilitate.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.accreditation.AccreditationResource;
import uk.facilitate.platform.security.Role;
import uk.facilitate.verification.Verification;

/**
 * {@code /api/v1/verification/{kind}/{id}/verify} and {@code /reject}: a manager's decision on any record
 * in the verification queue ({@code GET /api/v1/accreditations/pending}), with the version read.
 */
@Path("verification/{kind}/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
@Tag(name = "Verification")
public class VerificationResource {

    @Inject
    private VerificationService verification;

    /** The record after a decision. */
    @Schema(name = "VerificationDecision") // the simple name is taken by another type in the API
    public record DecisionView(VerificationService.Kind kind, long id, long staffId, String what, String details,
                               Verification verification, String verifiedBy, Instant verifiedAt,
                               String rejectionReason, long version) {
        static DecisionView of(VerificationService.Pending p) {
            return new DecisionView(p.kind(), p.id(), p.staffId(), p.what(), p.details(), p.status(), p.decidedBy(),
                    p.decidedAt(), p.rejectionReason(), p.version());
        }
    }

    @POST
    @Path("verify")
    @Operation(operationId = "verifyRecord", summary = "Verify a waiting accreditation, DBS check, safeguarding training or supervision session"
            + " (kind: accreditation, dbs, safeguarding or supervision; managers, never their own); send the version"
            + " you read (409 if changed)")
    public DecisionView verify(@PathParam("kind") String kind, @PathParam("id") long id,
                               AccreditationResource.Decision decision) {
        long version = AccreditationResource.version(decision);
        return DecisionView.of(verification.verify(VerificationService.Kind.of(kind), id, version));
    }

    @POST
    @Path("reject")
    @Operation(operationId = "rejectRecord", summary = "Reject a waiting record with the reason its owner will see; send the version you read")
    public DecisionView reject(@PathParam("kind") String kind, @PathParam("id") long id,
                               AccreditationResource.Decision decision) {
        long version = AccreditationResource.version(decision);
        return DecisionView.of(verification.reject(VerificationService.Kind.of(kind), id, version, decision.reason()));
    }
}
