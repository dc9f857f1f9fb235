package uk.facilitate.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;

/**
 * The borough's cohort settings (what completing a cohort asks, when an accreditation is "expiring soon")
 * and the training it recommends before each programme: advice shown when nominating, never a refusal.
 */
@ApplicationScoped
@Transactional
public class CohortSettingsService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private CohortSettingsStore settings;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    public CohortSettings settings() {
        access.requireSignedIn();
        return settings.current();
    }

    public CohortSettings saveSettings(Integer minimumAttendancePercent, Integer expiringSoonDays) {
        return saveSettings(minimumAttendancePercent, expiringSoonDays, null);
    }

    /**
     * Saves the settings unless they differ from {@code asRead}, what the page showed when it was opened
     * ({@code null}: don't check); a change someone else made meanwhile is reported, never overwritten.
     */
    public CohortSettings saveSettings(Integer minimumAttendancePercent, Integer expiringSoonDays, CohortSettings asRead) {
        access.requireManager("change the cohort settings");
        if (asRead != null && !settings.currentForUpdate().equals(asRead)) {
            throw new ConcurrentEdit("Someone else changed the cohort settings since you opened the page;"
                    + " reload to see their change, then try again");
        }
        if (minimumAttendancePercent != null && (minimumAttendancePercent < 1 || minimumAttendancePercent > 100)) {
            throw InvalidInput.of("minimumAttendancePercent", "Give a percentage from 1 to 100, or leave it empty for every session");
        }
        if (expiringSoonDays != null && (expiringSoonDays < 1 || expiringSoonDays > 730)) {
            throw InvalidInput.of("expiringSoonDays", "Give a number of days from 1 to 730");
        }
        CohortSettings next = new CohortSettings(minimumAttendancePercent == null || minimumAttendancePercent == 100
                ? null : minimumAttendancePercent,
                expiringSoonDays == null ? CohortSettings.defaults().expiringSoonDays() : expiringSoonDays);
        settings.save(next);
        audit.record("COHORT_SETTINGS_CHANGED", "AppSetting", "cohort", next.completionRule().describe()
                + "; expiring soon within " + next.expiringSoonDays() + " days");
        return next;
    }

    /** Training the borough recommends before a programme; shown as advice when nominating, never a refusal. */
    public record Foundation(String programmeId, String programmeName, List<String> foundationIds,
                             List<String> foundationNames) {
    }

    public List<Foundation> foundations() {
        access.requireSignedIn();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT programme_id, foundation_programme_id FROM recommended_foundation"
                + " ORDER BY programme_id, foundation_programme_id").getResultList();
        Map<String, List<String>> byProgramme = new java.util.TreeMap<>();
        rows.forEach(r -> byProgramme.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return byProgramme.entrySet().stream().map(e -> foundation(e.getKey(), e.getValue())).toList();
    }

    /** Replaces the foundations the borough recommends before a programme (managers). */
    public Foundation setFoundations(String programmeId, List<String> foundationIds) {
        return setFoundations(programmeId, foundationIds, null);
    }

    /**
     * As {@link #setFoundations(String, List)}, unless the programme's foundations are no longer {@code asRead}
     * ({@code null}: don't check), so a change someone else made meanwhile is reported, never overwritten.
     */
    public Foundation setFoundations(String programmeId, List<String> foundationIds, List<String> asRead) {
        access.requireManager("set recommended foundations");
        if (programmeId == null || programmeId.isBlank()) {
            throw InvalidInput.of("programmeId", "Choose the programme");
        }
        if (!catalogue.isCurrent(programmeId)) {
            throw InvalidInput.of("programmeId", "'" + programmeId + "' is not a programme in the catalogue");
        }
        if (asRead != null) {
            @SuppressWarnings("unchecked")
            List<String> now = em.createNativeQuery("SELECT foundation_programme_id FROM recommended_foundation"
                    + " WHERE programme_id = ? ORDER BY foundation_programme_id FOR UPDATE").setParameter(1, programmeId)
                    .getResultList();
            if (!now.equals(asRead.stream().distinct().sorted().toList())) {
                throw new ConcurrentEdit("Someone else changed the recommended foundations for " + catalogue.nameOf(programmeId)
                        + " since you opened the page; reload to see their change, then try again");
            }
        }
        List<String> ids = foundationIds == null ? List.of() : foundationIds.stream().distinct().sorted().toList();
        for (String id : ids) {
            if (!catalogue.isCurrent(id) || id.equals(programmeId)) {
                throw InvalidInput.of("foundations", "'" + id + "' is not another programme or course in the catalogue");
            }
        }
        em.createNativeQuery("DELETE FROM recommended_foundation WHERE programme_id = ?").setParameter(1, programmeId)
                .executeUpdate();
        for (String id : ids) {
            em.createNativeQuery("INSERT INTO recommended_foundation (programme_id, foundation_programme_id) VALUES (?, ?)")
                    .setParameter(1, programmeId).setParameter(2, id).executeUpdate();
        }
        audit.record("FOUNDATIONS_SET", "Programme", programmeId, String.join(", ", ids));
        return foundation(programmeId, ids);
    }

    private Foundation foundation(String programmeId, List<String> ids) {
        return new Foundation(programmeId, catalogue.nameOf(programmeId), ids, ids.stream().map(catalogue::nameOf).toList());
    }
}
