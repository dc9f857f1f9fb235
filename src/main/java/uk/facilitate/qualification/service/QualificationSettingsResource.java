package uk.facilitate.qualification.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.facilitate.api.RequestBody;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.security.Role;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.Rule;
import uk.facilitate.shared.InvalidInput;

/**
 * {@code /api/v1/settings/qualification}: the borough's DBS re-check and safeguarding refresh
 * intervals, the safeguarding level asked, and whether only verified accreditations and verified
 * self-entered checks and supervision count.
 * Changing them recomputes everyone's qualifications in the same transaction.
 */
@Path("settings/qualification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class QualificationSettingsResource {

    @Inject
    private QualificationSettingsStore settings;

    @Inject
    private QualificationIndex index;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    /**
     * The settings as sent; {@code supervisionIntervalDays} may be absent (no borough-wide policy), and
     * {@code requireVerifiedChecks} absent keeps the value in force.
     */
    /**
     * {@code renewable}: which of SUPERVISION_CURRENT, DBS_CURRENT and SAFEGUARDING_CURRENT the borough plans on as
     * routine renewals (all three by default; absent keeps what is set).
     */
    public record SettingsRequest(int dbsRecheckMonths, int safeguardingRefreshMonths, int minimumSafeguardingLevel,
                                  boolean requireVerifiedAccreditation, Integer supervisionIntervalDays,
                                  Boolean requireVerifiedChecks, List<String> renewable) {
        QualificationSettings settings(QualificationSettings current) {
            java.util.Set<Rule> rules = current.renewable();
            if (renewable != null) {
                rules = java.util.EnumSet.noneOf(Rule.class);
                for (String name : renewable) {
                    Rule rule = name == null ? null : java.util.Arrays.stream(Rule.values())
                            .filter(r -> r.renewable() && r.name().equals(name.strip())).findFirst().orElse(null);
                    if (rule == null) {
                        throw InvalidInput.of("renewable", "'" + name + "' cannot be a routine renewal; choose from"
                                + " SUPERVISION_CURRENT, DBS_CURRENT and SAFEGUARDING_CURRENT");
                    }
                    rules.add(rule);
                }
            }
            return new QualificationSettings(dbsRecheckMonths, safeguardingRefreshMonths, minimumSafeguardingLevel,
                    requireVerifiedAccreditation, supervisionIntervalDays,
                    requireVerifiedChecks == null ? current.requireVerifiedChecks() : requireVerifiedChecks, rules);
        }
    }

    /** The outcome of a change: the settings now in force and the recomputation's progress lines. */
    public record Changed(QualificationSettings settings, List<String> progress) {
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.WORKFORCE_MANAGER, Role.COORDINATOR, Role.STAFF})
    @Operation(operationId = "getQualificationSettings", summary = "The qualification settings in force")
    public QualificationSettings get() {
        return settings.current();
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Transactional
    @Operation(operationId = "updateQualificationSettings", summary = "Change the settings (administrators); everyone's qualifications are recomputed")
    public Changed update(SettingsRequest request) {
        access.requireAdmin("change qualification settings");
        QualificationSettings changed = RequestBody.required(request).settings(settings.current());
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (changed.dbsRecheckMonths() < 1 || changed.dbsRecheckMonths() > 120) {
            problems.add(new InvalidInput.Problem("dbsRecheckMonths", "DBS re-check interval must be 1 to 120 months"));
        }
        if (changed.safeguardingRefreshMonths() < 1 || changed.safeguardingRefreshMonths() > 120) {
            problems.add(new InvalidInput.Problem("safeguardingRefreshMonths", "Safeguarding refresh must be 1 to 120 months"));
        }
        if (changed.minimumSafeguardingLevel() < 1 || changed.minimumSafeguardingLevel() > 5) {
            problems.add(new InvalidInput.Problem("minimumSafeguardingLevel", "Safeguarding level must be 1 to 5"));
        }
        if (changed.supervisionIntervalDays() != null
                && (changed.supervisionIntervalDays() < 7 || changed.supervisionIntervalDays() > 730)) {
            problems.add(new InvalidInput.Problem("supervisionIntervalDays",
                    "Supervision interval must be 7 to 730 days, or empty for no borough-wide policy"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        settings.save(changed);
        List<String> progress = new ArrayList<>();
        index.rebuildAll(progress::add);
        audit.record("SETTINGS_CHANGED", "QualificationSettings", null, changed.toString());
        return new Changed(settings.current(), progress);
    }
}
