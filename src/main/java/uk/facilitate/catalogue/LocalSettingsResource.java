package uk.facilitate.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;

/**
 * {@code /api/v1/programmes/{id}/local-settings}: the borough's own rules for a programme where
 * they differ from the catalogue's sourced facts (administrators change them; everyone's
 * qualifications are then recomputed).
 */
@Path("programmes/{id}/local-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class LocalSettingsResource {

    @Inject
    private LocalSettingsService service;

    @Inject
    private Catalogue catalogue;

    /**
     * Local settings as sent. A field left {@code null} keeps the catalogue's value;
     * {@code validitySet}/{@code supervisionSet} say whether those rules are replaced
     * ({@code validityMonths: null} with {@code validitySet: true} = does not expire).
     */
    public record Request(List<Integer> needLevels, Map<String, Integer> minimumProfessionalLevel,
                          boolean validitySet, Integer validityMonths, boolean supervisionSet,
                          boolean supervisionRequired, Integer supervisionMaxIntervalDays, @MaxLength(1000) String reason, Long version) {

        LocalSettings settings() {
            List<InvalidInput.Problem> problems = new ArrayList<>();
            Set<NeedLevel> levels = null;
            if (needLevels != null) {
                levels = EnumSet.noneOf(NeedLevel.class);
                for (Integer n : needLevels) {
                    try {
                        levels.add(NeedLevel.of(n == null ? 0 : n));
                    } catch (IllegalArgumentException e) {
                        problems.add(new InvalidInput.Problem("needLevels", e.getMessage()));
                    }
                }
            }
            Map<NeedLevel, Integer> minimum = null;
            if (minimumProfessionalLevel != null) {
                minimum = new EnumMap<>(NeedLevel.class);
                for (Map.Entry<String, Integer> e : minimumProfessionalLevel.entrySet()) {
                    try {
                        minimum.put(NeedLevel.of(Integer.parseInt(e.getKey().strip())), e.getValue());
                    } catch (IllegalArgumentException bad) {
                        problems.add(new InvalidInput.Problem("minimumProfessionalLevel",
                                "'" + e.getKey() + "' is not a need level: use 1, 2, 3 or 4"));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return new LocalSettings(levels, minimum, validitySet, validityMonths, supervisionSet, supervisionRequired,
                    supervisionMaxIntervalDays, reason == null ? "" : reason);
        }
    }

    /** The rules a consumer reads: need levels, minimum levels, validity and supervision. */
    public record Rules(List<Integer> needLevels, Map<String, Integer> minimumProfessionalLevel, Integer validityMonths,
                        boolean supervisionRequired, Integer supervisionMaxIntervalDays) {
        static Rules of(Programme p) {
            Map<String, Integer> minimum = new TreeMap<>();
            p.minimumProfessionalLevel().forEach((level, rqf) -> minimum.put(String.valueOf(level.number()), rqf));
            return new Rules(p.needLevels().stream().map(NeedLevel::number).sorted().toList(), minimum,
                    p.accreditation().validityMonths(), p.supervision().required(), p.supervision().maxIntervalDays());
        }
    }

    /** The borough's local settings as stored ({@code null} parts follow the catalogue). */
    public record Local(List<Integer> needLevels, Map<String, Integer> minimumProfessionalLevel, boolean validitySet,
                        Integer validityMonths, boolean supervisionSet, boolean supervisionRequired,
                        Integer supervisionMaxIntervalDays) {
        static Local of(LocalSettings s) {
            Map<String, Integer> minimum = null;
            if (s.minimumProfessionalLevel() != null) {
                minimum = new TreeMap<>();
                for (Map.Entry<NeedLevel, Integer> e : s.minimumProfessionalLevel().entrySet()) {
                    minimum.put(String.valueOf(e.getKey().number()), e.getValue());
                }
            }
            return new Local(s.needLevels() == null ? null : s.needLevels().stream().map(NeedLevel::number).sorted().toList(),
                    minimum, s.validitySet(), s.validityMonths(), s.supervisionSet(), s.supervisionRequired(),
                    s.supervisionMaxIntervalDays());
        }
    }

    /** The catalogue's sourced rules, the borough's local settings (if any) and the rules in force. */
    public record View(String programmeId, Rules catalogue, Local local, String reason, String changedBy,
                       Instant changedAt, Long version, Rules effective, List<String> progress) {
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
    @Operation(operationId = "getLocalSettings", summary = "A programme's local settings beside the catalogue's sourced rules")
    public View get(@PathParam("id") String id) {
        return view(id, service.find(id).orElse(null), List.of());
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "saveLocalSettings", summary = "Set the borough's local settings for a programme (administrators; give a reason and the"
            + " version you read, null when there were none); everyone's qualifications are recomputed")
    public View put(@PathParam("id") String id, Request request) {
        RequestBody.required(request);
        List<String> progress = new ArrayList<>();
        LocalSettingsService.Stored stored = service.change(id, request.settings(), request.version(), progress::add);
        return view(id, stored, progress);
    }

    @DELETE
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "deleteLocalSettings", summary = "Clear the local settings so the catalogue's rules apply again (administrators)")
    public View delete(@PathParam("id") String id, @QueryParam("version") Long version,
                       @QueryParam("reason") String reason) {
        long expected = RequestBody.version(version);
        List<String> progress = new ArrayList<>();
        service.clear(id, expected, reason, progress::add);
        return view(id, null, progress);
    }

    private View view(String id, LocalSettingsService.Stored stored, List<String> progress) {
        Programme sourced = catalogue.sourced(id).orElseThrow();
        return new View(id, Rules.of(sourced), stored == null ? null : Local.of(stored.settings()),
                stored == null ? null : stored.settings().reason(), stored == null ? null : stored.changedBy(),
                stored == null ? null : stored.changedAt(), stored == null ? null : stored.version(),
                Rules.of(catalogue.require(id)), progress);
    }
}
