package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.SupervisionKind;

/**
 * The "expected" planning basis: a person's records as they are expected to stand on later dates, which
 * the engine is then asked about like any other record, so it stays the one source of truth. The records
 * held, plus:
 * <ul>
 * <li>what is <em>booked</em> (a supervision session, DBS re-check or safeguarding refresh), as if held on
 *     its date;
 * <li>an <em>on-schedule renewal</em> of each renewable condition (supervision, DBS, safeguarding) that is
 *     <em>within reach</em> today: renewed on the last day it is current (today if it has already fallen
 *     due), and again at the end of each period after, up to the last date asked about.
 * </ul>
 * A condition is <em>within reach</em> on today's date when it fell due (or falls due) less than one renewal
 * period before today: it is current today, or its last renewal is less than one period overdue. The period
 * is the programme's supervision interval, the borough's DBS re-check months or its safeguarding refresh
 * months. Someone whose supervision lapsed more than one interval ago, or who never had any, is not
 * expected to renew it unless something is booked: a booking brings the condition within reach from its
 * date. A DBS check on the Update Service never falls due. Hard conditions (accreditation, need level,
 * professional level, being in post) are never assumed, nor is a condition the borough does not count as a
 * routine renewal ({@link QualificationSettings#renewable()}); what is booked for it still counts.
 */
public final class ExpectedBasis {

    /** What is booked ahead for one person, as the records it will become when held. */
    public record Booked(List<Supervision> supervision, List<DbsCheck> dbsChecks, List<SafeguardingTraining> safeguarding) {
        public static final Booked NOTHING = new Booked(List.of(), List.of(), List.of());

        public Booked {
            supervision = List.copyOf(supervision);
            dbsChecks = List.copyOf(dbsChecks);
            safeguarding = List.copyOf(safeguarding);
        }
    }

    private ExpectedBasis() {
    }

    /**
     * The record the engine is asked about on the expected basis for dates from {@code today} to {@code until}:
     * {@code held} with the booked records and the assumed on-schedule renewals added. Before today nothing
     * changes. {@code programme} is the programme as the catalogue states it (the borough's supervision policy
     * is applied here, as the engine applies it).
     */
    public static PractitionerRecord assume(PractitionerRecord held, Booked booked, ProgrammeRules programme,
                                            QualificationSettings settings, LocalDate today, LocalDate until) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(until, "until");
        RecordRules rules = new RecordRules(settings);
        ProgrammeRules applied = settings.applyTo(programme);

        List<Supervision> supervision = new ArrayList<>(held.supervision());
        supervision.addAll(booked.supervision());
        Integer interval = applied.supervisionMaxIntervalDays();
        if (interval != null && settings.renewable().contains(Rule.SUPERVISION_CURRENT)) {
            LocalDate from = renewalsFrom(held.supervision(), booked.supervision(), s -> rules.counts(s, applied),
                    Supervision::date, s -> s.date().plusDays(interval), d -> d.plusDays(interval), today);
            SupervisionKind kind = applied.supervisionKinds().stream().min(Comparator.naturalOrder())
                    .orElse(SupervisionKind.values()[0]);
            for (LocalDate on = from; on != null && !on.isAfter(until); on = on.plusDays(interval)) {
                supervision.add(new Supervision(on, kind, applied.programmeId(), true));
            }
        }

        int dbsMonths = settings.dbsRecheckMonths();
        List<DbsCheck> dbs = new ArrayList<>(held.dbsChecks());
        dbs.addAll(booked.dbsChecks());
        boolean onUpdateService = held.dbsChecks().stream()
                .anyMatch(c -> rules.counts(c) && c.updateService() && !c.issuedOn().isAfter(today));
        if (!onUpdateService && settings.renewable().contains(Rule.DBS_CURRENT)) {
            LocalDate from = renewalsFrom(held.dbsChecks(), booked.dbsChecks(), rules::counts, DbsCheck::issuedOn,
                    c -> c.issuedOn().plusMonths(dbsMonths).minusDays(1), d -> d.plusMonths(dbsMonths), today);
            for (LocalDate on = from; on != null && !on.isAfter(until); on = lastDay(on, dbsMonths)) {
                dbs.add(new DbsCheck(on, null, false, true));
            }
        }

        int refreshMonths = settings.safeguardingRefreshMonths();
        List<SafeguardingTraining> safeguarding = new ArrayList<>(held.safeguarding());
        safeguarding.addAll(booked.safeguarding());
        LocalDate from = !settings.renewable().contains(Rule.SAFEGUARDING_CURRENT) ? null : renewalsFrom(
                held.safeguarding(), booked.safeguarding(), rules::counts, SafeguardingTraining::completedOn,
                t -> t.completedOn().plusMonths(refreshMonths).minusDays(1), d -> d.plusMonths(refreshMonths), today);
        for (LocalDate on = from; on != null && !on.isAfter(until); on = lastDay(on, refreshMonths)) {
            safeguarding.add(new SafeguardingTraining(on, settings.minimumSafeguardingLevel(), true));
        }

        return new PractitionerRecord(held.staffId(), held.name(), held.professionalLevel(), held.startDate(),
                held.leaveDate(), held.accreditations(), supervision, dbs, safeguarding);
    }

    /** A check renewed on {@code on} is current through its last day, when it is renewed again on schedule. */
    private static LocalDate lastDay(LocalDate on, int months) {
        return on.plusMonths(months).minusDays(1);
    }

    /**
     * The day on-schedule renewals start, or {@code null} for none: the last current day of the held records
     * (today if that is past) when the condition is within reach today, else the last current day of the first
     * booking that counts. {@code lastCurrentDay} of a record; {@code plusPeriod} adds one renewal period.
     */
    private static <T> LocalDate renewalsFrom(List<T> held, List<T> booked, Predicate<T> counts,
                                              Function<T, LocalDate> date, Function<T, LocalDate> lastCurrentDay,
                                              Function<LocalDate, LocalDate> plusPeriod, LocalDate today) {
        LocalDate lastCurrent = held.stream().filter(counts).filter(r -> !date.apply(r).isAfter(today))
                .map(lastCurrentDay).max(Comparator.naturalOrder()).orElse(null);
        // Within reach: it fell due (the day after its last current day) less than one period before today.
        if (lastCurrent != null && today.isBefore(plusPeriod.apply(lastCurrent.plusDays(1)))) {
            return lastCurrent.isBefore(today) ? today : lastCurrent;
        }
        return booked.stream().filter(counts).filter(r -> !date.apply(r).isBefore(today))
                .min(Comparator.comparing(date)).map(lastCurrentDay).orElse(null);
    }
}
