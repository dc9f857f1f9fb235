package uk.facilitate.qualification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.Rule;

/** The borough's qualification settings, stored in {@code app_setting} over the code's defaults. */
@ApplicationScoped
public class QualificationSettingsStore {

    static final String DBS_RECHECK_MONTHS = "qualification.dbsRecheckMonths";
    static final String SAFEGUARDING_REFRESH_MONTHS = "qualification.safeguardingRefreshMonths";
    static final String MINIMUM_SAFEGUARDING_LEVEL = "qualification.minimumSafeguardingLevel";
    static final String REQUIRE_VERIFIED = "qualification.requireVerifiedAccreditation";
    static final String SUPERVISION_INTERVAL_DAYS = "qualification.supervisionIntervalDays";
    static final String REQUIRE_VERIFIED_CHECKS = "qualification.requireVerifiedChecks";
    static final String RENEWABLE = "qualification.renewable";

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    public QualificationSettings current() {
        Map<String, String> stored = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, value FROM app_setting WHERE name LIKE 'qualification.%'")
                .getResultList();
        rows.forEach(row -> stored.put((String) row[0], (String) row[1]));
        QualificationSettings defaults = QualificationSettings.defaults();
        return new QualificationSettings(
                intOr(stored.get(DBS_RECHECK_MONTHS), defaults.dbsRecheckMonths()),
                intOr(stored.get(SAFEGUARDING_REFRESH_MONTHS), defaults.safeguardingRefreshMonths()),
                intOr(stored.get(MINIMUM_SAFEGUARDING_LEVEL), defaults.minimumSafeguardingLevel()),
                stored.containsKey(REQUIRE_VERIFIED) ? Boolean.parseBoolean(stored.get(REQUIRE_VERIFIED))
                        : defaults.requireVerifiedAccreditation(),
                stored.get(SUPERVISION_INTERVAL_DAYS) == null || stored.get(SUPERVISION_INTERVAL_DAYS).isBlank()
                        ? defaults.supervisionIntervalDays() : Integer.valueOf(stored.get(SUPERVISION_INTERVAL_DAYS)),
                stored.containsKey(REQUIRE_VERIFIED_CHECKS) ? Boolean.parseBoolean(stored.get(REQUIRE_VERIFIED_CHECKS))
                        : defaults.requireVerifiedChecks(),
                stored.containsKey(RENEWABLE) ? rules(stored.get(RENEWABLE)) : defaults.renewable());
    }

    /** Saves the settings; the caller rebuilds the qualification index in the same transaction. */
    public void save(QualificationSettings settings) {
        put(DBS_RECHECK_MONTHS, String.valueOf(settings.dbsRecheckMonths()));
        put(SAFEGUARDING_REFRESH_MONTHS, String.valueOf(settings.safeguardingRefreshMonths()));
        put(MINIMUM_SAFEGUARDING_LEVEL, String.valueOf(settings.minimumSafeguardingLevel()));
        put(REQUIRE_VERIFIED, String.valueOf(settings.requireVerifiedAccreditation()));
        put(REQUIRE_VERIFIED_CHECKS, String.valueOf(settings.requireVerifiedChecks()));
        put(SUPERVISION_INTERVAL_DAYS, settings.supervisionIntervalDays() == null ? "" : String.valueOf(settings.supervisionIntervalDays()));
        put(RENEWABLE, String.join(",", settings.renewable().stream().map(Rule::name).sorted().toList()));
    }

    private void put(String name, String value) {
        int updated = em.createNativeQuery("UPDATE app_setting SET value = ?, version = version + 1 WHERE name = ?")
                .setParameter(1, value).setParameter(2, name).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO app_setting (name, value) VALUES (?, ?)")
                    .setParameter(1, name).setParameter(2, value).executeUpdate();
        }
    }

    /** "DBS_CURRENT,SUPERVISION_CURRENT" as stored; empty for none. */
    private static java.util.Set<Rule> rules(String stored) {
        return java.util.Arrays.stream(stored.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(Rule::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    private static int intOr(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value);
    }
}
