package uk.facilitate.qualification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualifiedInterval;
import uk.facilitate.qualification.Rule;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.RecordsChanged;
import uk.facilitate.shared.RulesChanged;

/**
 * Keeps {@code qualification_interval} exactly equal to what the engine says: the dates between
 * which each person may facilitate each programme at each need level; and {@code cover_interval},
 * the same runs once per locality the person serves, which the cover matrix reads. Set-based questions
 * ("who is qualified here on this date?", the cover matrix) read this table instead of running
 * the engine per person. Always called inside the transaction that changed the records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QualificationIndex {

    /** Stored for "no known end", so range conditions stay simple and index-friendly. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    static final LocalDate HORIZON_START = LocalDate.of(1900, 1, 1);
    static final LocalDate HORIZON_END = LocalDate.of(9999, 12, 30);
    private static final int ROWS_PER_INSERT = 500;

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private PractitionerRecords records;

    @Inject
    private Catalogue catalogue;

    @Inject
    private QualificationSettingsStore settings;

    /**
     * One row of the index; {@code endCauses} are the rules that stop being met the day after
     * {@code until} (rule names joined by commas, as stored), or {@code null} when the run has no end.
     */
    public record Row(long staffId, String programmeId, NeedLevel needLevel, LocalDate from, LocalDate until,
                      String endCauses) {
    }

    /** "ACCREDITATION_CURRENT,DBS_CURRENT" as stored in {@code end_causes}; {@code null} for none. */
    public static String encodeCauses(List<Rule> causes) {
        return causes.isEmpty() ? null : String.join(",", causes.stream().map(Rule::name).toList());
    }

    /** The rules named in an {@code end_causes} value, in rule order; empty for {@code null}. */
    public static List<Rule> decodeCauses(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(String::strip).map(Rule::valueOf).sorted().toList();
    }

    /** Recomputes the rows of these people from their current records. */
    public void refresh(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return;
        }
        em.flush(); // the change being made must be visible to the queries below
        QualificationEngine engine = new QualificationEngine(settings.current());
        List<ProgrammeRules> rules = ProgrammeRules.of(catalogue.facilitatedProgrammes());
        List<Long> ids = List.copyOf(staffIds);
        for (int from = 0; from < ids.size(); from += PractitionerRecords.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PractitionerRecords.CHUNK));
            Query delete = em.createNativeQuery(
                    "DELETE FROM qualification_interval WHERE staff_id IN (" + placeholders(chunk.size()) + ")");
            bindAll(delete, chunk);
            delete.executeUpdate();
            insert(compute(engine, rules, records.load(chunk).values()));
            byLocality(chunk, true);
        }
    }

    public void refresh(long staffId) {
        refresh(List.of(staffId));
    }

    /** Refreshes the people whose records just changed, in the transaction that changed them. */
    void onRecordsChanged(@Observes RecordsChanged change) {
        refresh(change.inOrder());
    }

    /** Recomputes the runs of the programme whose rules changed, or of every programme. */
    void onRulesChanged(@Observes RulesChanged change) {
        change.programmeId().ifPresentOrElse(id -> rebuildProgramme(id, change.progress()),
                () -> rebuildAll(change.progress()));
    }

    /**
     * Recomputes one programme's runs for everyone, after its rules changed; the other programmes' runs
     * stay as they are. A programme no longer facilitated keeps no runs.
     */
    public void rebuildProgramme(String programmeId, Consumer<String> progress) {
        em.flush();
        Query dropCover = em.createNativeQuery("DELETE FROM cover_interval WHERE programme_short_id ="
                + " (SELECT p.short_id FROM programme p WHERE p.id = ?)");
        dropCover.setParameter(1, programmeId).executeUpdate();
        em.createNativeQuery("DELETE FROM qualification_interval WHERE programme_id = ?")
                .setParameter(1, programmeId).executeUpdate();
        List<ProgrammeRules> rules = ProgrammeRules.of(catalogue.facilitatedProgrammes()).stream()
                .filter(programme -> programme.programmeId().equals(programmeId)).toList();
        if (rules.isEmpty()) {
            progress.accept("No one can facilitate " + catalogue.nameOf(programmeId) + " now");
            return;
        }
        List<Long> everyone = em.createQuery("SELECT s.id FROM StaffMember s ORDER BY s.id", Long.class).getResultList();
        QualificationEngine engine = new QualificationEngine(settings.current());
        for (int from = 0; from < everyone.size(); from += PractitionerRecords.CHUNK) {
            List<Long> chunk = everyone.subList(from, Math.min(everyone.size(), from + PractitionerRecords.CHUNK));
            insert(compute(engine, rules, records.load(chunk).values()));
            Query copy = em.createNativeQuery(COPY_TO_COVER + " WHERE qi.programme_id = ? AND qi.staff_id IN ("
                    + placeholders(chunk.size()) + ")");
            copy.setParameter(1, programmeId);
            for (int i = 0; i < chunk.size(); i++) {
                copy.setParameter(i + 2, chunk.get(i));
            }
            copy.executeUpdate();
            int done = Math.min(everyone.size(), from + PractitionerRecords.CHUNK);
            progress.accept("Recomputed " + catalogue.nameOf(programmeId) + " for " + done + " of " + everyone.size()
                    + " staff");
        }
    }

    /** Recomputes everyone, after a catalogue rule or a setting changed; reports progress as it goes. */
    public void rebuildAll(Consumer<String> progress) {
        List<Long> everyone = em.createQuery("SELECT s.id FROM StaffMember s ORDER BY s.id", Long.class).getResultList();
        em.createNativeQuery("DELETE FROM qualification_interval").executeUpdate();
        em.createNativeQuery("DELETE FROM cover_interval").executeUpdate();
        QualificationEngine engine = new QualificationEngine(settings.current());
        List<ProgrammeRules> rules = ProgrammeRules.of(catalogue.facilitatedProgrammes());
        for (int from = 0; from < everyone.size(); from += PractitionerRecords.CHUNK) {
            List<Long> chunk = everyone.subList(from, Math.min(everyone.size(), from + PractitionerRecords.CHUNK));
            insert(compute(engine, rules, records.load(chunk).values()));
            byLocality(chunk, false);
            int done = Math.min(everyone.size(), from + PractitionerRecords.CHUNK);
            progress.accept("Recomputed qualifications for " + done + " of " + everyone.size() + " staff");
        }
    }

    /** The engine's intervals for these people, as index rows (pure computation). */
    public static List<Row> compute(QualificationEngine engine, List<ProgrammeRules> rules,
                                    Collection<PractitionerRecord> people) {
        List<Row> rows = new ArrayList<>();
        for (PractitionerRecord person : people) {
            for (ProgrammeRules programme : rules) {
                engine.qualifiedIntervalsByLevel(person, programme, HORIZON_START, HORIZON_END).forEach((level, intervals) -> {
                    for (QualifiedInterval interval : intervals) {
                        rows.add(new Row(person.staffId(), programme.programmeId(), level, interval.from(),
                                interval.until() == null ? OPEN_END : interval.until(),
                                encodeCauses(interval.endCauses())));
                    }
                });
            }
        }
        return rows;
    }

    /**
     * Copies these people's runs into {@code cover_interval}, once per locality each serves (the cover
     * matrix reads that copy); {@code replace} first removes what was there.
     */
    private void byLocality(List<Long> staffIds, boolean replace) {
        String ids = placeholders(staffIds.size());
        if (replace) {
            Query delete = em.createNativeQuery("DELETE FROM cover_interval WHERE staff_id IN (" + ids + ")");
            bindAll(delete, staffIds);
            delete.executeUpdate();
        }
        Query copy = em.createNativeQuery(COPY_TO_COVER + " WHERE qi.staff_id IN (" + ids + ")");
        bindAll(copy, staffIds);
        copy.executeUpdate();
    }

    /**
     * Copies runs of {@code qualification_interval} (all, or those a WHERE clause appended selects) into
     * {@code cover_interval}, once per locality, keyed by the programme's short id.
     */
    public static final String COPY_TO_COVER = "INSERT INTO cover_interval (programme_short_id, need_level, locality_id,"
            + " valid_until, staff_id, valid_from, end_causes)"
            + " SELECT p.short_id, qi.need_level, sl.locality_id, qi.valid_until, qi.staff_id, qi.valid_from, qi.end_causes"
            + " FROM qualification_interval qi JOIN staff_locality sl ON sl.staff_id = qi.staff_id"
            + " JOIN programme p ON p.id = qi.programme_id";

    private static void bindAll(Query query, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }

    private void insert(List<Row> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Row> batch = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO qualification_interval (staff_id, programme_id, need_level, valid_from, valid_until,"
                            + " end_causes) VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
            }
            Query insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Row row : batch) {
                insert.setParameter(p++, row.staffId());
                insert.setParameter(p++, row.programmeId());
                insert.setParameter(p++, row.needLevel().number());
                insert.setParameter(p++, row.from());
                insert.setParameter(p++, row.until());
                insert.setParameter(p++, row.endCauses());
            }
            insert.executeUpdate();
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
