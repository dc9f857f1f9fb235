package uk.facilitate.qualification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.platform.Access;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.RuleOutcome;
import uk.facilitate.qualification.Verdict;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;

/** The questions everyone asks: what may this person facilitate, and who may facilitate this here. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QualificationService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Catalogue catalogue;

    @Inject
    private PractitionerRecords records;

    @Inject
    private QualificationSettingsStore settings;

    /** A person qualified for a cell, and the last day they stay qualified (null: no known end). */
    @Schema(name = "QualifiedFacilitator") // the simple name is taken by another type in the API
    public record Facilitator(long staffId, String name, String role, LocalDate qualifiedUntil) {
    }

    /** Every programme × need level for one person on one date, explained. */
    public List<Verdict> qualificationsOf(long staffId, LocalDate on) {
        access.requireReadStaff(staffId);
        return new QualificationEngine(settings.current()).assessAll(records.load(staffId), ProgrammeRules.of(catalogue.facilitatedProgrammes()), on);
    }

    /**
     * One person's explained verdict for a programme at any need level 1–4: a level the programme does not
     * serve is a verdict like any other, with {@code NEED_LEVEL_SERVED} unmet and the levels it serves.
     */
    public Verdict verdictOf(long staffId, String programmeId, NeedLevel level, LocalDate on) {
        access.requireReadStaff(staffId);
        ProgrammeRules rules = ProgrammeRules.of(catalogue.require(programmeId));
        return new QualificationEngine(settings.current()).assess(records.load(staffId), rules, level, on);
    }

    /**
     * Everyone qualified to facilitate a programme at a need level on a date, optionally in one
     * locality: one query over the qualification index, whatever the number of staff.
     */
    public List<Facilitator> facilitators(String programmeId, int needLevel, Long localityId, LocalDate on) {
        access.requireCoverReader();
        Programme programme = catalogue.require(programmeId);
        NeedLevel level;
        try {
            level = NeedLevel.of(needLevel);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("needLevel", e.getMessage());
        }
        if (on == null) {
            throw InvalidInput.of("on", "Give the date as YYYY-MM-DD");
        }
        RuleOutcome served = QualificationEngine.needLevelServed(ProgrammeRules.of(programme), level);
        if (!served.met()) {
            // Nobody can be qualified here: say why instead of answering an empty list.
            throw InvalidInput.of("needLevel", served.explanation());
        }
        Set<Long> allowedLocalities = access.isManager() ? null : access.coordinatorLocalities();
        if (allowedLocalities != null && localityId != null && !allowedLocalities.contains(localityId)) {
            throw new Forbidden("You can see cover only for your own localities");
        }
        StringBuilder sql = new StringBuilder("SELECT DISTINCT s.id, s.given_name, s.family_name, s.role, qi.valid_until"
                + " FROM qualification_interval qi JOIN staff_member s ON s.id = qi.staff_id");
        if (localityId != null) {
            sql.append(" JOIN staff_locality sl ON sl.staff_id = qi.staff_id AND sl.locality_id = ?4");
        } else if (allowedLocalities != null) {
            if (allowedLocalities.isEmpty()) {
                return List.of();
            }
            sql.append(" JOIN staff_locality sl ON sl.staff_id = qi.staff_id AND sl.locality_id IN (")
                    .append(String.join(",", allowedLocalities.stream().map(String::valueOf).toList())).append(")");
        }
        sql.append(" WHERE qi.programme_id = ?1 AND qi.need_level = ?2 AND qi.valid_from <= ?3 AND qi.valid_until >= ?3"
                + " ORDER BY s.family_name, s.given_name, s.id");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter(1, programme.id())
                .setParameter(2, level.number())
                .setParameter(3, on);
        if (localityId != null) {
            query.setParameter(4, localityId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Facilitator(((Number) row[0]).longValue(), row[1] + " " + row[2],
                (String) row[3], untilOrNull(row[4]))).toList();
    }

    private static LocalDate untilOrNull(Object value) {
        LocalDate until = value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
        return QualificationIndex.OPEN_END.equals(until) ? null : until;
    }
}
