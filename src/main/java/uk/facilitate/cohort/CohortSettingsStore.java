package uk.facilitate.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cohort settings, stored in {@code app_setting} over the code's defaults. */
@ApplicationScoped
public class CohortSettingsStore {

    static final String MINIMUM_ATTENDANCE = "cohort.minimumAttendancePercent";
    static final String EXPIRING_SOON_DAYS = "cohort.expiringSoonDays";

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    public CohortSettings current() {
        return read("");
    }

    /** The settings, their rows locked until the transaction ends (compare, then save). */
    public CohortSettings currentForUpdate() {
        return read(" FOR UPDATE");
    }

    private CohortSettings read(String lock) {
        Map<String, String> stored = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, value FROM app_setting WHERE name LIKE 'cohort.%'" + lock)
                .getResultList();
        rows.forEach(row -> stored.put((String) row[0], (String) row[1]));
        String minimum = stored.get(MINIMUM_ATTENDANCE);
        String soon = stored.get(EXPIRING_SOON_DAYS);
        return new CohortSettings(minimum == null || minimum.isBlank() ? null : Integer.valueOf(minimum),
                soon == null ? CohortSettings.defaults().expiringSoonDays() : Integer.parseInt(soon));
    }

    /** Saves the settings; the caller has validated and audits. */
    public void save(CohortSettings settings) {
        put(MINIMUM_ATTENDANCE, settings.minimumAttendancePercent() == null ? "" : settings.minimumAttendancePercent().toString());
        put(EXPIRING_SOON_DAYS, String.valueOf(settings.expiringSoonDays()));
    }

    private void put(String name, String value) {
        int updated = em.createNativeQuery("UPDATE app_setting SET value = ?, version = version + 1 WHERE name = ?")
                .setParameter(1, value).setParameter(2, name).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO app_setting (name, value) VALUES (?, ?)")
                    .setParameter(1, name).setParameter(2, value).executeUpdate();
        }
    }
}
