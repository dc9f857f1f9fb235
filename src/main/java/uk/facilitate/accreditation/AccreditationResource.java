package uk.facilitate.accreditation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.platform.security.Role;
import uk.facilitate.verification.Verification;

/**
 * {@code /api/v1/accreditations}: verifying and rejecting with optimistic locking, and each record's
 * certificate for those who may read the person's records. The queue of every kind of record waiting
 * for a manager is at {@code /api/v1/accreditations/pending} ({@code VerificationQueueResource}).
 */
@Path("accreditations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
@Tag(name = "Verification")
public class AccreditationResource {

    @Inject
    private AccreditationService accreditations;

    /** The version the manager saw (required) and, to reject, why. */
    public record Decision(Long version, @MaxLength(500) String reason) {
    }

    /** The record after a decision. */
    @Schema(name = "AccreditationDecision") // the simple name is taken by another type in the API
    public record DecisionView(long id, Verification verification, String verifiedBy,
                               Instant verifiedAt, String rejectionReason, long version) {
        static DecisionView of(AccreditationRecord a) {
            return new DecisionView(a.getId(), a.getVerification(), a.getVerifiedBy(), a.getVerifiedAt(),
                    a.getRejectionReason(), a.getVersion());
        }
    }

    @POST
    @Path("{id}/verify")
    @Operation(operationId = "verifyAccreditation", summary = "Verify an accreditation (managers, never their own); send the version you read (409 if changed)")
    public DecisionView verify(@PathParam("id") long id, Decision decision) {
        return DecisionView.of(accreditations.verify(id, version(decision)));
    }

    @POST
    @Path("{id}/reject")
    @Operation(operationId = "rejectAccreditation", summary = "Reject an accreditation with the reason the practitioner will see; send the version you read")
    public DecisionView reject(@PathParam("id") long id, Decision decision) {
        return DecisionView.of(accreditations.reject(id, version(decision), decision.reason()));
    }

    @GET
    @Path("{id}/evidence")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate file of an accreditation (the person, managers, and coordinators for"
            + " their localities; anyone else: 404)")
    @APIResponse(responseCode = "200", description = "The certificate as it was uploaded", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response evidence(@PathParam("id") long id) {
        AccreditationService.StoredEvidence stored = accreditations.evidence(id);
        StreamingOutput body = out -> Files.copy(stored.file(), out);
        return Response.ok(body, stored.contentType())
                .header("Content-Disposition", "inline; filename=\"" + stored.downloadName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    public static long version(Decision decision) {
        return RequestBody.version(RequestBody.required(decision).version());
    }
}
