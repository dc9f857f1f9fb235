package uk.facilitate.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.cohort.Nomination;
import uk.facilitate.cohort.core.EventStatus;
import uk.facilitate.cohort.core.NominationStatus;
import uk.facilitate.cover.SessionDates;
import uk.facilitate.demo.DemoBorough.AccreditationRow;
import uk.facilitate.qualification.QualificationSettings;

/**
 * Wyvernside's training year and delivery plans, so the cohort, calendar, costs, delivery-group and
 * cover pages have something to show on first run: cohorts (one completed, one running, one open with a
 * waitlist, one planned, one cancelled), delivery groups with facilitators the qualification engine
 * finds qualified on every session date, and the borough's cover targets.
 *
 * <p>Made by {@link #generate}: from the borough, the catalogue as loaded (programme ids, steps, costs)
 * and the borough's qualification settings, so the same borough, catalogue and settings always give the
 * same plans. Rows refer to people, settings and localities by business key, like {@link DemoBorough}.
 */
public record DemoTraining(List<CohortRow> cohorts, List<GroupRow> groups, List<TargetRow> targets) {

    public DemoTraining {
        cohorts = List.copyOf(cohorts);
        groups = List.copyOf(groups);
        targets = List.copyOf(targets);
    }

    /** The training and delivery plans of {@code borough}, under the catalogue and settings the app runs with. */
    public static DemoTraining generate(DemoBorough borough, Map<String, Programme> catalogue,
                                        QualificationSettings settings) {
        return new TrainingGenerator(Objects.requireNonNull(borough, "borough"), catalogue, settings).generate();
    }

    /** The accreditation records completed cohorts created, in the order the loader persists them. */
    public List<AccreditationRow> awarded() {
        return cohorts.stream().flatMap(c -> c.nominations().stream()).map(NominationRow::awarded)
                .filter(Objects::nonNull).toList();
    }

    /**
     * A training event. {@code localityCode} is {@code null} for a borough-wide event; {@code completionRule}
     * and {@code completedOn} are set only when it is completed.
     */
    public record CohortRow(
            String title,
            String programmeId,
            List<String> steps,
            String provider,
            String venue,
            String localityCode,
            int capacity,
            CostBasis costBasis,
            BigDecimal costPounds,
            String budgetCode,
            EventStatus status,
            String statusReason,
            List<SessionRow> sessions,
            List<NominationRow> nominations,
            String completionRule,
            LocalDate completedOn) {

        public CohortRow {
            steps = List.copyOf(steps);
            sessions = List.copyOf(sessions);
            nominations = List.copyOf(nominations);
        }

        public LocalDate lastSession() {
            return sessions.get(sessions.size() - 1).date();
        }
    }

    /** One dated session delivering one step. */
    public record SessionRow(LocalDate date, LocalTime startsAt, LocalTime endsAt, String stepId) {
    }

    /**
     * A nomination as it stands. {@code attendance} has one entry per session of the event: present,
     * absent, or {@code null} while not recorded. {@code awarded} is the record completion created.
     */
    public record NominationRow(
            String employeeRef,
            NominationStatus status,
            String statusReason,
            boolean selfNominated,
            String nominatedBy,
            LocalDate nominatedOn,
            String approvedBy,
            LocalDate releasedOn,
            List<Boolean> attendance,
            Nomination.Outcome outcome,
            String outcomeReason,
            AccreditationRow awarded) {

        public NominationRow {
            attendance = Collections.unmodifiableList(new ArrayList<>(attendance)); // null: not recorded
        }
    }

    /**
     * A delivery group with the facilitators the engine finds qualified on every session date; a group may
     * have fewer than the catalogue's facilitators per group, which the group's page warns about.
     */
    public record GroupRow(
            String programmeId,
            int needLevel,
            String settingName,
            String localityCode,
            LocalDate startDate,
            int sessions,
            String notes,
            List<String> facilitatorRefs) {

        public GroupRow {
            facilitatorRefs = List.copyOf(facilitatorRefs);
        }

        public List<LocalDate> sessionDates() {
            return SessionDates.weekly(startDate, sessions);
        }
    }

    /** A cover target; {@code needLevel} or {@code localityCode} {@code null} mean every level or locality. */
    public record TargetRow(String programmeId, Integer needLevel, String localityCode, int count) {
    }
}
