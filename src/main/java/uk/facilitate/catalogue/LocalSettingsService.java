package uk.facilitate.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AfterTransaction;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;
import uk.facilitate.shared.RulesChanged;

/**
 * Administrators' local settings per programme, laid over the catalogue. A change is saved,
 * audited with its reason, applied to the in-memory {@link Catalogue} and followed by a
 * recomputation of everyone's qualifications, all in one transaction (if it rolls back, the
 * catalogue in memory is put back as it was).
 */
@ApplicationScoped
@Transactional
public class LocalSettingsService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Catalogue catalogue;

    @Inject
    private CatalogueRepository repository;

    @Inject
    private Event<RulesChanged> rulesChanged;

    @Inject
    private AfterTransaction afterTransaction;

    /** A programme's local settings as stored, with who last changed them. */
    public record Stored(String programmeId, LocalSettings settings, String changedBy, Instant changedAt, long version) {
    }

    /** The stored local settings of a programme, if the borough has any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Stored> find(String programmeId) {
        access.requireSignedIn();
        requireCurrent(programmeId);
        return Optional.ofNullable(em.find(LocalSettingEntry.class, programmeId)).map(LocalSettingsService::stored);
    }

    /** Every stored setting, read at start-up (no user is signed in then). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, LocalSettings> all() {
        Map<String, LocalSettings> settings = new HashMap<>();
        em.createQuery("SELECT e FROM LocalSettingEntry e", LocalSettingEntry.class).getResultList()
                .forEach(e -> settings.put(e.getProgrammeId(), e.settings()));
        return settings;
    }

    /**
     * Saves a programme's local settings; {@code expectedVersion} is the version the editor saw
     * ({@code null} when there were none). Everyone's qualifications are recomputed.
     */
    public Stored change(String programmeId, LocalSettings settings, Long expectedVersion, Consumer<String> progress) {
        access.requireAdmin("change the borough's programme settings");
        Programme sourced = requireCurrent(programmeId);
        List<InvalidInput.Problem> problems = new ArrayList<>(settings.problems(sourced));
        if (problems.isEmpty() && !settings.overridesAnything()) {
            problems.add(new InvalidInput.Problem("needLevels",
                    "Nothing differs from the catalogue: change a setting, or clear the local settings"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalSettingEntry entry = em.find(LocalSettingEntry.class, programmeId);
        checkVersion(sourced, entry, expectedVersion);
        Programme before = catalogue.require(programmeId);
        if (entry == null) {
            entry = new LocalSettingEntry(programmeId);
            entry.update(settings, user(), Instant.now());
            em.persist(entry);
        } else {
            entry.update(settings, user(), Instant.now());
        }
        em.flush();
        Map<String, LocalSettings> next = new HashMap<>(catalogue.localSettings());
        next.put(programmeId, entry.settings());
        apply(programmeId, next);
        Programme after = catalogue.require(programmeId);
        audit.record("LOCAL_SETTINGS_CHANGED", "Programme", programmeId,
                describe(before) + " → " + describe(after) + ". Reason: " + settings.reason().strip());
        rulesChanged.fire(RulesChanged.forProgramme(programmeId, progress));
        return stored(entry);
    }

    /** Removes a programme's local settings, so the catalogue's facts apply again. */
    public void clear(String programmeId, long expectedVersion, String reason, Consumer<String> progress) {
        access.requireAdmin("change the borough's programme settings");
        Programme sourced = requireCurrent(programmeId);
        LocalSettingEntry entry = em.find(LocalSettingEntry.class, programmeId);
        if (entry == null) {
            throw new NotFound("The borough has no local settings for " + sourced.name());
        }
        checkVersion(sourced, entry, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Say why the borough now follows the catalogue");
        }
        Programme before = catalogue.require(programmeId);
        em.remove(entry);
        em.flush();
        Map<String, LocalSettings> next = new HashMap<>(catalogue.localSettings());
        next.remove(programmeId);
        apply(programmeId, next);
        audit.record("LOCAL_SETTINGS_CLEARED", "Programme", programmeId,
                describe(before) + " → as the catalogue: " + describe(sourced) + ". Reason: " + reason.strip());
        rulesChanged.fire(RulesChanged.forProgramme(programmeId, progress));
    }

    /** Lays the new settings over the catalogue in memory now (put back if the transaction rolls back). */
    private void apply(String programmeId, Map<String, LocalSettings> next) {
        Map<String, LocalSettings> previous = catalogue.localSettings();
        catalogue.useLocalSettings(next);
        afterTransaction.onRollback(() -> catalogue.useLocalSettings(previous));
        repository.writeNeedLevels(catalogue.require(programmeId));
    }

    private static void checkVersion(Programme sourced, LocalSettingEntry entry, Long expectedVersion) {
        long actual = entry == null ? -1 : entry.getVersion();
        long expected = expectedVersion == null ? -1 : expectedVersion;
        if (actual != expected) {
            throw new ConcurrentEdit("Someone else changed the local settings of " + sourced.name()
                    + " since you opened them; reload to see their change, then try again");
        }
    }

    private Programme requireCurrent(String programmeId) {
        if (!catalogue.isCurrent(programmeId)) {
            throw new NotFound("No programme with id '" + programmeId + "' in the catalogue");
        }
        return catalogue.sourced(programmeId).orElseThrow();
    }

    private String user() {
        return access.userName();
    }

    /** "need levels 2–3, minimum need level 3: RQF 6, validity: no expiry, supervision: not required". */
    static String describe(Programme p) {
        Programme.Supervision supervision = p.supervision();
        return "need levels " + LocalSettings.describe(p.needLevels())
                + ", minimum " + LocalSettings.describe(p.minimumProfessionalLevel())
                + ", validity: " + (p.accreditation().validityMonths() == null ? "no expiry"
                        : p.accreditation().validityMonths() + " months")
                + ", supervision: " + (!supervision.required() ? "not required"
                        : "required" + (supervision.maxIntervalDays() == null ? ""
                                : " every " + supervision.maxIntervalDays() + " days"));
    }

    private static Stored stored(LocalSettingEntry e) {
        return new Stored(e.getProgrammeId(), e.settings(), e.getChangedBy(), e.getChangedAt(), e.getVersion());
    }
}
