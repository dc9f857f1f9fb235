package uk.facilitate.cover.rest;

import static uk.facilitate.api.QueryParameters.orToday;
import static uk.facilitate.platform.Text.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.QueryParameters;
import uk.facilitate.api.RequestBody;
import uk.facilitate.cover.CanWeRunService;
import uk.facilitate.cover.CoverForecast;
import uk.facilitate.cover.CoverMatrix;
import uk.facilitate.cover.CoverService;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.platform.security.Role;
import uk.facilitate.qualification.service.VerdictView;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.Today;

/**
 * {@code /api/v1/cover}: the cover matrix on a date, forecasts, one cell's people, and targets.
 * Coordinators see their own localities; managers and administrators everything.
 */
@Path("cover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR})
@Tag(name = "Cover")
public class CoverResource {

    @Inject
    private Today today;

    @Inject
    private CoverService cover;

    @Inject
    private CanWeRunService canWeRun;

    /**
     * A cell with its people, as the API returns it: {@code lapsing} reach a hard end within the warning
     * period, {@code renewing} only have a renewal (supervision, DBS, safeguarding) falling due in it.
     */
    public record CellView(LocalDate on, String programme, String programmeName, int needLevel, long columnId,
                           String columnName, int count, Integer target, int shortfall, int lapsing, int renewing,
                           String status, List<CoverService.Facilitator> people) {
    }

    @Schema(name = "CoverTargetRequest") // the simple name is taken by another type in the API
    public record TargetRequest(@MaxLength(64) String programme, Integer needLevel, Long locality, Integer target,
                                Long version) {
    }

    @GET
    @Operation(operationId = "coverMatrix", summary = "The cover matrix on a date: for each programme and need level (rows) and locality or"
            + " setting (columns), qualified facilitators, target, shortfall, how many reach a hard end within the"
            + " warning period (lapsing), the status (RED below target, AMBER below it within the warning period"
            + " through hard ends, GREEN, NONE without a target), and how many only have a routine renewal"
            + " (supervision, DBS, safeguarding) falling due in it (renewing), which never changes the status."
            + " Each cell is [count, target, shortfall, lapsing, status, renewing]; for a date after today a"
            + " seventh, expected: how many are expected on the expected basis (bookings counted, routine renewals"
            + " within reach kept up), while the others stay on the records held.")
    @APIResponse(responseCode = "200", description = "The matrix", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CoverMatrix")))
    public Response matrix(@QueryParam("on") LocalDate on, @QueryParam("programme") String programme,
                           @QueryParam("needLevel") Integer needLevel, @QueryParam("locality") Long locality,
                           @QueryParam("organisation") Long organisation, @QueryParam("columns") String columns) {
        CoverMatrix matrix = cover.matrix(orToday(on, today), filters(programme, needLevel, locality, organisation, columns));
        return Response.ok(matrix.toJson(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("forecast")
    @Operation(summary = "The cover matrix on several dates (from, then every step until to; or the listed dates),"
            + " the cells that fall below target between two dates with the reasons, and each programme's"
            + " qualified facilitators on each date")
    @APIResponse(responseCode = "200", description = "The forecast", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CoverForecast")))
    public Response forecast(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                             @QueryParam("step") Period step, @QueryParam("dates") String dates,
                             @QueryParam("programme") String programme, @QueryParam("needLevel") Integer needLevel,
                             @QueryParam("locality") Long locality, @QueryParam("organisation") Long organisation,
                             @QueryParam("columns") String columns) {
        List<LocalDate> asked = dates != null && !dates.isBlank() ? dateList(dates) : series(from, to, step);
        CoverForecast forecast = cover.forecast(asked, filters(programme, needLevel, locality, organisation, columns));
        return Response.ok(forecast.toJson(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("cell")
    @Operation(summary = "The qualified facilitators of one cell (a locality, or a setting with setting=…), with the"
            + " last day each stays qualified")
    public CellView cell(@QueryParam("on") LocalDate on, @QueryParam("programme") String programme,
                         @QueryParam("needLevel") Integer needLevel, @QueryParam("locality") Long locality,
                         @QueryParam("setting") Long setting, @QueryParam("organisation") Long organisation) {
        boolean bySetting = setting != null;
        Long column = bySetting ? setting : locality;
        if (column == null) {
            throw InvalidInput.of("locality", "Give the locality (or setting) of the cell");
        }
        CoverService.CellDetail d = cover.cell(orToday(on, today), programme, needLevel, column,
                new CoverService.Filters(null, null, null, organisation, bySetting));
        return new CellView(d.on(), d.row().programmeId(), d.row().programmeName(), d.row().needLevel().number(),
                d.column().id(), d.column().name(), d.cell().count(), d.cell().target(), d.cell().shortfall(),
                d.cell().lapsing(), d.cell().renewing(), d.cell().status().name(), d.people());
    }

    @GET
    @Path("can-we-run")
    @Operation(operationId = "canWeRun", summary = "Can we run it? For a programme, need level, locality and first"
            + " session (with the number of weekly sessions and facilitators needed, by default the catalogue's), who"
            + " can facilitate on every session date, on the expected basis for future dates (the records held, what"
            + " is booked, and routine renewals within reach kept up), each with the renewals to book; if too few, the"
            + " nearest people and what each misses, in the engine's words, or the other group they are busy with."
            + " A coordinator may ask only about the localities they coordinate (403 says so).")
    public CanWeRunService.Answer canWeRun(@QueryParam("programme") String programme,
                                           @QueryParam("needLevel") Integer needLevel,
                                           @QueryParam("locality") Long locality, @QueryParam("from") LocalDate from,
                                           @QueryParam("sessions") Integer sessions,
                                           @QueryParam("facilitators") Integer facilitators) {
        return canWeRun.ask(new CanWeRunService.Question(blankToNull(programme), needLevel, locality, from, sessions,
                facilitators));
    }

    @GET
    @Path("verdict")
    @Operation(summary = "One person's explained verdict for a programme and need level on a date")
    public VerdictView verdict(@QueryParam("staff") Long staffId, @QueryParam("programme") String programme,
                               @QueryParam("needLevel") Integer level, @QueryParam("on") LocalDate on) {
        if (staffId == null || programme == null || level == null) {
            throw InvalidInput.of(staffId == null ? "staff" : programme == null ? "programme" : "needLevel",
                    "Give staff, programme and needLevel");
        }
        return VerdictView.of(cover.verdict(staffId, programme, level, orToday(on, today)));
    }

    @GET
    @Path("targets")
    @Operation(summary = "Cover targets set by managers (the catalogue's facilitators per group applies where none is set)")
    public List<CoverService.TargetView> targets() {
        return cover.targetList();
    }

    @POST
    @Path("targets")
    @RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER})
    @Operation(summary = "Set a target for a programme, optionally at one need level and in one locality (managers)")
    @APIResponse(responseCode = "201", description = "The target set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TargetView")))
    public Response addTarget(TargetRequest request) {
        RequestBody.required(request);
        CoverService.TargetView added = cover.addTarget(request.programme(), request.needLevel(), request.locality(),
                request.target());
        return Response.status(201).entity(added).build();
    }

    @PUT
    @Path("targets/{id}")
    @RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER})
    @Operation(summary = "Change a target's number; send the version you read (409 if someone else changed it)")
    public CoverService.TargetView changeTarget(@PathParam("id") long id, TargetRequest request) {
        RequestBody.required(request);
        return cover.changeTarget(id, request.target(), RequestBody.version(request.version()));
    }

    @DELETE
    @Path("targets/{id}")
    @RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER})
    @Operation(summary = "Remove a target; send ?version= as read")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeTarget(@PathParam("id") long id, @QueryParam("version") Long version) {
        cover.removeTarget(id, RequestBody.version(version));
        return Response.noContent().build();
    }

    private static CoverService.Filters filters(String programme, Integer needLevel, Long locality,
                                                Long organisation, String columns) {
        boolean bySetting = false;
        if (columns != null && !columns.isBlank()) {
            switch (columns.strip()) {
                case "locality", "localities" -> bySetting = false;
                case "setting", "settings" -> bySetting = true;
                default -> throw InvalidInput.of("columns", "columns is 'locality' or 'setting'");
            }
        }
        return new CoverService.Filters(blankToNull(programme), needLevel, locality, organisation, bySetting);
    }

    /** from, from + step, … up to to; from defaults to today, to to a year after from, step to a month. */
    private List<LocalDate> series(LocalDate from, LocalDate to, Period step) {
        LocalDate first = orToday(from, today);
        LocalDate last = to == null ? first.plusMonths(12) : to;
        if (last.isBefore(first)) {
            throw InvalidInput.of("to", "The forecast must end on or after the day it starts");
        }
        Period period = step == null ? Period.ofMonths(1) : step;
        if (period.isNegative() || period.isZero()) {
            throw InvalidInput.of("step", "The step must be a positive period, e.g. P30D");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 0; k <= CoverService.MAX_FORECAST_DATES; k++) {
            LocalDate d = first.plus(period.multipliedBy(k));
            if (d.isAfter(last)) {
                break;
            }
            dates.add(d);
        }
        return dates;
    }

    /** {@code dates=2026-12-01,2027-01-01}: one parameter holding a list, so split here and read each date the usual way. */
    private static List<LocalDate> dateList(String dates) {
        List<LocalDate> list = new ArrayList<>();
        for (String part : dates.split(",")) {
            list.add(QueryParameters.date("dates", part));
        }
        return list;
    }
}
