package uk.facilitate.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.accreditation.AccreditationService;
import uk.facilitate.api.QueryParameters;
import uk.facilitate.booking.BookingService;
import uk.facilitate.api.RequestBody;
import uk.facilitate.compliance.ComplianceService;
import uk.facilitate.platform.security.Role;
import uk.facilitate.qualification.service.QualificationService;
import uk.facilitate.qualification.service.VerdictView;
import uk.facilitate.shared.Today;
import uk.facilitate.staff.StaffApi;
import uk.facilitate.staff.StaffService;
import uk.facilitate.supervision.SupervisionService;

/**
 * One staff member: {@code /api/v1/staff/{id}} (details) and their records and verdicts under it,
 * {@code /accreditations}, {@code /supervision}, {@code /compliance}, {@code /bookings} and {@code /qualifications}.
 * Staff may use these for themselves only.
 */
@Path("staff/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
@Tag(name = "Staff records")
public class StaffRecordsResource {

    @Inject
    private Today today;

    @Inject
    private StaffService staff;

    @Inject
    private AccreditationService accreditations;

    @Inject
    private SupervisionService supervision;

    @Inject
    private ComplianceService compliance;

    @Inject
    private QualificationService qualifications;

    @Inject
    private BookingService bookings;

    @GET
    @Path("accreditations")
    @Operation(summary = "A person's accreditation records, newest first")
    public List<RecordsApi.AccreditationView> accreditations(@PathParam("id") long staffId) {
        return accreditations.recordsOf(staffId).stream().map(RecordsApi.AccreditationView::of).toList();
    }

    @POST
    @Path("accreditations")
    @Operation(summary = "Log an accreditation (pending verification unless a manager enters it for someone else)")
    @APIResponse(responseCode = "201", description = "The record logged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccreditationView")))
    public Response addAccreditation(@PathParam("id") long staffId, RecordsApi.AccreditationRequest request) {
        RequestBody.required(request);
        return Response.status(201)
                .entity(RecordsApi.AccreditationView.of(accreditations.add(staffId, request.input()))).build();
    }

    @POST
    @Path("accreditations/{recordId}/evidence")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach the certificate of an accreditation: the file itself as the request body (PDF, JPEG"
            + " or PNG, at most 5 MB, recognised by its content); replaces any earlier certificate")
    public RecordsApi.AccreditationView attachEvidence(@PathParam("id") long staffId, @PathParam("recordId") long recordId,
                                                      java.io.InputStream file) {
        return RecordsApi.AccreditationView.of(accreditations.attachEvidence(staffId, recordId, file));
    }

    @GET
    @Path("supervision")
    @Operation(summary = "A person's supervision log, newest first")
    public List<RecordsApi.SupervisionView> supervision(@PathParam("id") long staffId) {
        return supervision.sessionsOf(staffId).stream().map(RecordsApi.SupervisionView::of).toList();
    }

    @POST
    @Path("supervision")
    @Operation(summary = "Log a supervision session")
    @APIResponse(responseCode = "201", description = "The session logged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SupervisionView")))
    public Response addSupervision(@PathParam("id") long staffId, RecordsApi.SupervisionRequest request) {
        RequestBody.required(request);
        return Response.status(201).entity(RecordsApi.SupervisionView.of(supervision.add(staffId, request.input()))).build();
    }

    @GET
    @Path("supervisors")
    @Operation(summary = "The supervisors a supervision session of this person may name as `supervisorId`: their line"
            + " manager, then everyone in their organisation who line-manages someone; anyone else goes in `supervisorName`")
    public List<SupervisionService.Supervisor> supervisors(@PathParam("id") long staffId) {
        return supervision.supervisorsFor(staffId);
    }

    @GET
    @Path("compliance")
    @Operation(summary = "A person's DBS checks and safeguarding training")
    public List<RecordsApi.ComplianceView> compliance(@PathParam("id") long staffId) {
        return compliance.checksOf(staffId).stream().map(RecordsApi.ComplianceView::of).toList();
    }

    @POST
    @Path("compliance")
    @Operation(summary = "Record a DBS check or a safeguarding training")
    @APIResponse(responseCode = "201", description = "The check recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplianceView")))
    public Response addCompliance(@PathParam("id") long staffId, RecordsApi.ComplianceRequest request) {
        RequestBody.required(request);
        return Response.status(201).entity(RecordsApi.ComplianceView.of(compliance.add(staffId, request.input()))).build();
    }

    @GET
    @Path("bookings")
    @Operation(summary = "A person's booked renewals (supervision, DBS re-checks, safeguarding refreshes): those still"
            + " to take place first, soonest first. A booking never counts towards a verdict on the records held")
    public List<RecordsApi.BookingView> bookings(@PathParam("id") long staffId) {
        return bookings.bookingsOf(staffId).stream().map(RecordsApi.BookingView::of).toList();
    }

    @POST
    @Path("bookings")
    @Operation(summary = "Book a supervision session, DBS re-check or safeguarding refresh for today or later: the person,"
            + " their line manager or a manager")
    @APIResponse(responseCode = "201", description = "The booking", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BookingView")))
    public Response book(@PathParam("id") long staffId, RecordsApi.BookingRequest request) {
        RequestBody.required(request);
        return Response.status(201).entity(RecordsApi.BookingView.of(bookings.book(staffId, request.input()))).build();
    }

    @PUT
    @Path("bookings/{bookingId}")
    @Operation(summary = "Move a booking that has not taken place to another date, today or later")
    public RecordsApi.BookingView moveBooking(@PathParam("id") long staffId, @PathParam("bookingId") long bookingId,
                                              RecordsApi.MoveRequest request) {
        RequestBody.required(request);
        return RecordsApi.BookingView.of(bookings.move(staffId, bookingId, request.date(), request.version()));
    }

    @POST
    @Path("bookings/{bookingId}/cancel")
    @Operation(summary = "Cancel a booking that has not taken place")
    public RecordsApi.BookingView cancelBooking(@PathParam("id") long staffId, @PathParam("bookingId") long bookingId,
                                                RecordsApi.CancelRequest request) {
        RequestBody.required(request);
        return RecordsApi.BookingView.of(bookings.cancel(staffId, bookingId, request.version()));
    }

    @POST
    @Path("bookings/{bookingId}/held")
    @Operation(summary = "Mark a booking held on or after its date: the session or check is logged on the booked date,"
            + " as if entered by hand (the person or a manager)")
    public RecordsApi.BookingView markHeld(@PathParam("id") long staffId, @PathParam("bookingId") long bookingId,
                                           RecordsApi.HeldRequest request) {
        RequestBody.required(request);
        return RecordsApi.BookingView.of(bookings.markHeld(staffId, bookingId, request.input()));
    }

    @GET
    @Path("qualifications")
    @Operation(summary = "Every programme × need level on a date: qualified or not, each rule explained, and when it next changes")
    public List<VerdictView> qualifications(@PathParam("id") long staffId, @QueryParam("on") LocalDate on) {
        return qualifications.qualificationsOf(staffId, QueryParameters.orToday(on, today)).stream().map(VerdictView::of).toList();
    }

    @GET
    @Operation(operationId = "getStaff", summary = "One staff member")
    public StaffApi.StaffView get(@PathParam("id") long id) {
        return StaffApi.StaffView.of(staff.find(id));
    }

    @PUT
    @Operation(operationId = "updateStaff", summary = "Update a staff member; send the version you read (409 if someone else changed it)")
    public StaffApi.StaffView update(@PathParam("id") long id, StaffApi.StaffRequest request) {
        RequestBody.required(request);
        return StaffApi.StaffView.of(staff.update(id, request.details(), RequestBody.version(request.version())));
    }
}
