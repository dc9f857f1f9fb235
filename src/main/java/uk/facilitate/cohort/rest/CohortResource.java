package uk.facilitate.cohort.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.QueryParameters;
import uk.facilitate.api.RequestBody;
import uk.facilitate.cohort.CohortApi.EventRequest;
import uk.facilitate.cohort.CohortApi.SeriesRequest;
import uk.facilitate.cohort.CohortApi.SessionRequest;
import uk.facilitate.cohort.CohortApi;
import uk.facilitate.cohort.CohortCosts;
import uk.facilitate.cohort.CohortService.SessionInput;
import uk.facilitate.cohort.CohortService;
import uk.facilitate.cohort.CohortSettings;
import uk.facilitate.cohort.CohortSettingsService;
import uk.facilitate.cohort.EventDetails;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.ICalendar;
import uk.facilitate.cohort.core.SessionSeries;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.Today;

/**
 * {@code /api/v1/cohorts}: training events, their sessions, nominations, attendance, completion and an
 * iCalendar file per event. Managers manage; staff nominate themselves and see their own nominations;
 * coordinators may read. The service checks every rule again ({@code platform.Access}).
 */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
@Tag(name = "Cohorts")
public class CohortResource {

    @Inject
    private CohortSettingsService cohortSettings;

    @Inject
    private Today today;

    @Inject
    private CohortService cohorts;

    @Inject
    private CohortCosts costs;

    @GET
    @Operation(operationId = "listCohorts", summary = "Training events, soonest first, a page at a time; filter by programme, locality and status")
    public List<CohortApi.EventView> list(@QueryParam("programme") String programme, @QueryParam("locality") Long locality,
                                          @QueryParam("status") EventStatus status,
                                          @QueryParam("first") @DefaultValue("0") int first,
                                          @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw InvalidInput.of("max", "Ask for between 1 and 500 events from a position of 0 or more");
        }
        return cohorts.events(new CohortService.EventFilter(programme, locality, status), first, max);
    }

    @POST
    @Operation(operationId = "createCohort", summary = "Plan a training event (managers): programme, steps delivered, sessions (listed, as a series,"
            + " or drafted from the steps), capacity and cost (default: the catalogue's training cost)")
    @APIResponse(responseCode = "201", description = "The training event created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventView")))
    public Response create(EventRequest request) {
        RequestBody.required(request);
        EventDetails details = request.details();
        List<SessionInput> sessions = sessions(request.sessions(), request.series(), details.steps());
        return Response.status(201).entity(cohorts.create(details, sessions, request.draftStart())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCohort", summary = "One event with its sessions, nominations (with waitlist positions) and attendance register"
            + " (workforce managers and administrators, as the cohort page; anyone else: 403)")
    public CohortApi.EventDetailView get(@PathParam("id") long id) {
        return cohorts.detail(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCohort", summary = "Change an event's details; send the version you read (409 if someone else changed it)")
    public CohortApi.EventView update(@PathParam("id") long id, EventRequest request) {
        RequestBody.required(request);
        return cohorts.update(id, request.details(), RequestBody.version(request.version()));
    }

    @PUT
    @Path("{id}/sessions")
    @Operation(summary = "Replace an event's sessions (listed or as a series) while it is planned, open or confirmed")
    public CohortApi.EventView replaceSessions(@PathParam("id") long id, CohortApi.SessionsRequest request) {
        RequestBody.required(request);
        CohortApi.EventView event = cohorts.event(id);
        List<String> steps = event.steps().stream().map(CohortApi.StepView::id).toList();
        return cohorts.replaceSessions(id, sessions(request.sessions(), request.series(), steps),
                RequestBody.version(request.version()));
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "An event's sessions")
    public List<CohortApi.SessionView> sessions(@PathParam("id") long id) {
        return cohorts.sessionsOf(id);
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move an event on: PLANNED → OPEN → CONFIRMED → RUNNING, or CANCELLED (with a reason);"
            + " a refused move is explained")
    public CohortApi.EventView status(@PathParam("id") long id, CohortApi.StatusRequest request) {
        RequestBody.required(request);
        return cohorts.changeStatus(id, request.status(), request.reason(), RequestBody.version(request.version()));
    }

    @POST
    @Path("{id}/nominations")
    @Operation(summary = "Nominate someone (managers), or yourself (staff: awaits a manager's approval); refused with the"
            + " reason when a prerequisite step is missing or the person has another event's session that day;"
            + " beyond capacity the nomination joins the waitlist")
    @APIResponse(responseCode = "201", description = "The nomination (confirmed, waitlisted or awaiting approval) and any advice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NominationResult")))
    public Response nominate(@PathParam("id") long id, CohortApi.NominationRequest request) {
        return Response.status(201).entity(cohorts.nominate(id, request == null ? null : request.staffId())).build();
    }

    @POST
    @Path("{id}/nominations/{nomination}/approve")
    @Operation(summary = "Approve a self-nomination (managers): it takes a free place or joins the waitlist")
    public CohortApi.NominationView approve(@PathParam("id") long id, @PathParam("nomination") long nomination) {
        return cohorts.approve(nomination);
    }

    @POST
    @Path("{id}/nominations/{nomination}/withdraw")
    @Operation(summary = "Withdraw (the person or a manager); the first person on the waitlist is promoted at once")
    public CohortApi.PlaceFreed withdraw(@PathParam("id") long id, @PathParam("nomination") long nomination,
                                         CohortApi.ReasonRequest request) {
        return cohorts.withdraw(nomination, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/nominations/{nomination}/refuse")
    @Operation(summary = "Refuse a nomination with a reason (managers); a freed place promotes the first person waiting")
    public CohortApi.PlaceFreed refuse(@PathParam("id") long id, @PathParam("nomination") long nomination,
                                       CohortApi.ReasonRequest request) {
        return cohorts.refuse(nomination, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/nominations/{nomination}/release")
    @Operation(summary = "Record that the person's line manager releases them to attend (their line manager or a manager)")
    public CohortApi.NominationView release(@PathParam("id") long id, @PathParam("nomination") long nomination) {
        return cohorts.release(nomination);
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "Record attendance at one session: present or absent for each nominee with a confirmed place")
    public List<CohortApi.AttendanceView> attendance(@PathParam("id") long id, CohortApi.AttendanceRequest request) {
        RequestBody.required(request);
        if (request.sessionId() == null || request.marks() == null) {
            throw InvalidInput.of("sessionId", "Send the session id and the marks");
        }
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        for (CohortApi.Mark mark : request.marks()) {
            if (mark.staffId() == null) {
                throw InvalidInput.of("marks", "Each mark needs a staffId");
            }
            marks.put(mark.staffId(), mark.present());
        }
        return cohorts.recordAttendance(id, request.sessionId(), marks);
    }

    @POST
    @Path("{id}/completion")
    @Operation(summary = "Complete a running event: attendees who met the borough's completion rule get an accreditation"
            + " record (stage of the last step delivered, pending verification); the others are told why")
    public CohortApi.CompletionView complete(@PathParam("id") long id, CohortApi.StatusRequest request) {
        return cohorts.complete(id, RequestBody.version(request == null ? null : request.version()));
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The event's sessions as an iCalendar file (RFC 5545), one VEVENT per session")
    @APIResponse(responseCode = "200", description = "The cohort's sessions as an iCalendar file", content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("id") long id) {
        CohortApi.EventView event = cohorts.event(id);
        List<ICalendar.Entry> entries = new ArrayList<>();
        List<CohortApi.SessionView> sessions = cohorts.sessionsOf(id);
        for (int i = 0; i < sessions.size(); i++) {
            CohortApi.SessionView s = sessions.get(i);
            entries.add(new ICalendar.Entry("facilitate-session-" + s.id() + "@facilitate", s.date(), s.startsAt(), s.endsAt(),
                    event.title() + ": " + s.stepName() + " (session " + (i + 1) + " of " + sessions.size() + ")",
                    event.online() ? "Online" : event.venue(),
                    event.programmeName() + (event.provider() == null ? "" : ". Provider: " + event.provider())));
        }
        return Response.ok(ICalendar.of(event.title(), entries, Instant.now()), ICalendar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"cohort-" + id + ".ics\"").build();
    }

    @GET
    @Path("sessions")
    @Operation(summary = "Sessions of all events in a date range (the schedule), optionally of one programme or locality")
    public List<CohortApi.SessionView> schedule(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                                @QueryParam("programme") String programme,
                                                @QueryParam("locality") Long locality) {
        return cohorts.sessionsBetween(QueryParameters.orToday(from, today), QueryParameters.orToday(to, today), programme, locality);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in person's own nominations")
    public List<CohortApi.NominationView> mine() {
        return cohorts.myNominations();
    }

    @GET
    @Path("costs")
    @Operation(summary = "Committed (confirmed, running, completed) and forecast (planned, open) spend per programme,"
            + " cohort and budget code, and the cost per newly qualified facilitator (managers)")
    public CohortCosts.Report costs() {
        return costs.report();
    }

    @GET
    @Path("settings")
    @Operation(operationId = "cohortSettings", summary = "The borough's cohort settings: completion rule and the 'expiring soon' window")
    public CohortApi.SettingsView settings() {
        return view(cohortSettings.settings());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change the cohort settings (managers): minimum attendance % (empty: every session) and the"
            + " 'expiring soon' window in days (default 90)")
    public CohortApi.SettingsView saveSettings(CohortApi.SettingsView request) {
        RequestBody.required(request);
        return view(cohortSettings.saveSettings(request.minimumAttendancePercent(), request.expiringSoonDays()));
    }

    @GET
    @Path("foundations")
    @Operation(summary = "Training the borough recommends before each programme (advice when nominating, never a refusal;"
            + " the catalogue encodes none)")
    public List<CohortSettingsService.Foundation> foundations() {
        return cohortSettings.foundations();
    }

    @PUT
    @Path("foundations/{programme}")
    @Operation(summary = "Set the training the borough recommends before a programme (managers); an empty list clears it")
    public CohortSettingsService.Foundation setFoundations(@PathParam("programme") String programme, CohortApi.FoundationsRequest request) {
        RequestBody.required(request);
        return cohortSettings.setFoundations(programme, request.foundations());
    }

    private static CohortApi.SettingsView view(CohortSettings s) {
        return new CohortApi.SettingsView(s.minimumAttendancePercent(), s.expiringSoonDays(), s.completionRule().describe());
    }

    /** Expands listed sessions and series into the sessions to save. */
    static List<SessionInput> sessions(List<SessionRequest> listed, List<SeriesRequest> series, List<String> steps) {
        List<SessionInput> sessions = new ArrayList<>();
        if (listed != null) {
            listed.forEach(s -> sessions.add(new SessionInput(s.date(), s.startsAt(), s.endsAt(), s.stepId())));
        }
        if (series != null) {
            for (int i = 0; i < series.size(); i++) {
                SeriesRequest s = series.get(i);
                if (s.start() == null || s.count() == null) {
                    throw InvalidInput.of("series[" + i + "]", "A series needs a start date and a number of sessions");
                }
                try {
                    SessionSeries.series(s.start(), s.count(), s.intervalDays() == null ? 7 : s.intervalDays(),
                                    s.startsAt() == null ? SessionSeries.DAY_START : s.startsAt(),
                                    s.endsAt() == null ? SessionSeries.DAY_END : s.endsAt(),
                                    s.stepId() == null ? (steps.isEmpty() ? "" : steps.get(0)) : s.stepId(),
                                    Boolean.TRUE.equals(s.weekdaysOnly()))
                            .forEach(p -> sessions.add(new SessionInput(p.date(), p.startsAt(), p.endsAt(), p.stepId())));
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of("series[" + i + "]", e.getMessage());
                }
            }
        }
        return sessions;
    }
}
