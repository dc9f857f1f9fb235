package uk.facilitate.accreditation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.api.RequestBody;
import uk.facilitate.platform.InvalidInput;
import uk.facilitate.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * {@code /api/v1/accreditations}: the verification queue (managers), verifying and rejecting with
 * optimistic locking, and each record's certificate for those who may read the person's records.
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

    /** The version the manager saw (required) and, to reject, why. */
    public record Decision(Long version, @MaxLength(500) String reason) {
    }

    /** The record after a decision. */
    @Schema(name = "AccreditationDecision") // the simple name is taken by another type in the API
    public record DecisionView(long id, AccreditationRecord.Verification verification, String verifiedBy,
                               Instant verifiedAt, String rejectionReason, long version) {
        static DecisionView of(AccreditationRecord a) {
            return new DecisionView(a.getId(), a.getVerification(), a.getVerifiedBy(), a.getVerifiedAt(),
                    a.getRejectionReason(), a.getVersion());
        }
    }

    @GET
    @Path("pending")
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

    static long version(Decision decision) {
        return RequestBody.version(RequestBody.required(decision).version());
    }
}
