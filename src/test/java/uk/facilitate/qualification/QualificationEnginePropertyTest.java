package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import uk.facilitate.accreditation.AccreditationStage;
import uk.facilitate.catalogue.NeedLevel;
import uk.facilitate.qualification.PractitionerRecord.Accreditation;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.supervision.SupervisionKind;

/**
 * Random records against a plain day-by-day reading of the rules. Every record date falls in 2020
 * and every period is at most 30 months, 900 days or 120 days, so nothing can change after {@link #HORIZON}:
 * walking day by day up to it finds every flip there is.
 */
class QualificationEnginePropertyTest {

    static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    static final int SPAN_DAYS = 366;
    static final LocalDate HORIZON = LocalDate.of(2023, 9, 1);
    static final String PROGRAMME = "incredible-years";

    record Case(QualificationSettings settings, PractitionerRecord person, ProgrammeRules programme, NeedLevel level) {
        QualificationEngine engine() {
            return new QualificationEngine(settings);
        }
    }

    @Property(tries = 1000)
    void everyRuleAgreesWithThePlainReadingOfTheRules(@ForAll("cases") Case c, @ForAll("days") LocalDate on) {
        Verdict verdict = c.engine().assess(c.person(), c.programme(), c.level(), on);

        Map<Rule, Boolean> expected = ReferenceRules.met(c.settings(), c.person(), c.programme(), c.level(), on);
        for (RuleOutcome outcome : verdict.rules()) {
            assertEquals(expected.get(outcome.rule()), outcome.met(), () -> outcome.rule() + " on " + on + ": " + outcome);
            assertFalse(outcome.explanation().isBlank());
            assertFalse(outcome.explanation().matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "dates shown as dd/MM/yyyy");
        }
        assertEquals(!expected.containsValue(false), verdict.qualified());
        Statistics.label("qualified").collect(verdict.qualified());
        Statistics.label("provisional").collect(verdict.qualified()
                && verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation().contains("under supervision"));
        Statistics.label("qualified").coverage(check -> check.check(true).percentage(p -> p >= 5));
        Statistics.label("provisional").coverage(check -> check.check(true).count(n -> n >= 3));
    }

    @Property(tries = 300)
    void qualifiedIntervalsHoldExactlyTheDaysAssessCallsQualified(
            @ForAll("cases") Case c, @ForAll("days") LocalDate from, @ForAll("windowLengths") int length) {
        QualificationEngine engine = c.engine();
        LocalDate to = from.plusDays(length);

        List<QualifiedInterval> intervals = engine.qualifiedIntervals(c.person(), c.programme(), c.level(), from, to);

        assertEquals(c.programme().needLevels().contains(c.level()) ? intervals : null,
                engine.qualifiedIntervalsByLevel(c.person(), c.programme(), from, to).get(c.level()));

        for (int i = 0; i < intervals.size(); i++) {
            QualifiedInterval interval = intervals.get(i);
            assertFalse(interval.from().isAfter(to), "interval starts inside the window");
            assertTrue(interval.until() == null || !interval.until().isBefore(from), "interval ends inside the window");
            if (i > 0) {
                LocalDate previousEnd = intervals.get(i - 1).until();
                assertNotNull(previousEnd);
                assertTrue(previousEnd.plusDays(1).isBefore(interval.from()), "intervals are maximal and apart");
            }
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            boolean inSomeInterval = intervals.stream().anyMatch(interval -> interval.contains(d));
            assertEquals(engine.assess(c.person(), c.programme(), c.level(), d).qualified(), inSomeInterval,
                    () -> d + " in " + intervals);
        }
        // A run still going at the end of the window keeps its real last day (or none), not `to`.
        Verdict atEnd = engine.assess(c.person(), c.programme(), c.level(), to);
        if (atEnd.qualified()) {
            assertEquals(atEnd.lastQualifiedDay().orElse(null), intervals.get(intervals.size() - 1).until());
        }
        Statistics.label("intervals").collect(Math.min(intervals.size(), 3));
        Statistics.label("intervals").coverage(check -> {
            check.check(1).percentage(p -> p >= 10);
            check.check(2).count(n -> n >= 3);
        });
    }

    @Property(tries = 300)
    void nextChangeAndValidUntilAreTheFirstFlipsFoundDayByDay(@ForAll("cases") Case c, @ForAll("days") LocalDate on) {
        QualificationEngine engine = c.engine();
        Verdict verdict = engine.assess(c.person(), c.programme(), c.level(), on);

        LocalDate firstFlip = null;
        Map<Rule, LocalDate> firstUnmet = new EnumMap<>(Rule.class);
        for (LocalDate day = on.plusDays(1); !day.isAfter(HORIZON); day = day.plusDays(1)) {
            Verdict later = engine.assess(c.person(), c.programme(), c.level(), day);
            if (firstFlip == null && later.qualified() != verdict.qualified()) {
                firstFlip = day;
            }
            for (RuleOutcome outcome : later.rules()) {
                if (!outcome.met()) {
                    firstUnmet.putIfAbsent(outcome.rule(), day);
                }
            }
        }

        if (firstFlip == null) {
            assertNull(verdict.nextChange(), "nothing changes after the last record");
        } else {
            assertNotNull(verdict.nextChange(), "the verdict flips on " + firstFlip);
            assertEquals(firstFlip, verdict.nextChange().date());
            assertEquals(!verdict.qualified(), verdict.nextChange().qualified());
            assertFalse(verdict.nextChange().causes().isEmpty());
        }
        for (RuleOutcome outcome : verdict.rules()) {
            if (outcome.met()) {
                LocalDate unmet = firstUnmet.get(outcome.rule());
                assertEquals(unmet == null ? null : unmet.minusDays(1), outcome.validUntil(), outcome::toString);
            } else {
                assertNull(outcome.validUntil());
            }
        }
        Statistics.label("change").collect(verdict.nextChange() == null ? "none"
                : verdict.nextChange().qualified() ? "becomes qualified" : "stops being qualified");
        Statistics.label("change").coverage(check -> {
            check.check("becomes qualified").percentage(p -> p >= 3);
            check.check("stops being qualified").percentage(p -> p >= 5);
        });
    }

    // ---- generators ----

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-30, SPAN_DAYS + 200).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<Integer> windowLengths() {
        return Arbitraries.integers().between(0, 1200);
    }

    static Arbitrary<LocalDate> recordDates() {
        return Arbitraries.integers().between(0, SPAN_DAYS).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<Case> cases() {
        // Mostly a need level the programme serves, so enough cases get as far as the dated rules.
        return Combinators.combine(settings(),
                        Arbitraries.frequencyOf(Tuple.of(1, people()), Tuple.of(3, peopleWithACompliantCore())),
                        programmes(),
                        Arbitraries.of(NeedLevel.class),
                        Arbitraries.integers().between(0, 4))
                .as((settings, person, programme, anyLevel, pick) -> new Case(settings, person, programme,
                        pick == 0 || programme.needLevels().contains(anyLevel)
                                ? anyLevel : programme.needLevels().iterator().next()));
    }

    static Arbitrary<QualificationSettings> settings() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 30),
                        Arbitraries.integers().between(1, 30),
                        Arbitraries.integers().between(1, 2),
                        Arbitraries.integers().between(0, 3).map(i -> i > 0))
                .as(QualificationSettings::new);
    }

    static Arbitrary<PractitionerRecord> people() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 8).injectNull(0.1),
                        recordDates().injectNull(0.7),
                        recordDates().injectNull(0.8),
                        accreditations().list().ofMinSize(1).ofMaxSize(5),
                        sessions().list().ofMaxSize(30),
                        dbsChecks().list().ofMinSize(1).ofMaxSize(4),
                        safeguarding().list().ofMinSize(1).ofMaxSize(6))
                .as((level, start, leave, accreditations, sessions, checks, training) -> new PractitionerRecord(
                        42, "Random Practitioner", level, start, leave, accreditations, sessions, checks, training));
    }

    /**
     * Random records plus an accredited, checked, trained and supervised core with its own gaps and
     * ends, so that many cases are qualified for a while and the flips are worth checking.
     */
    static Arbitrary<PractitionerRecord> peopleWithACompliantCore() {
        Arbitrary<List<Supervision>> supervisionEvery = Combinators.combine(
                        recordDates(), Arbitraries.integers().between(10, 130), Arbitraries.of(SupervisionKind.class))
                .as((first, gap, kind) -> {
                    List<Supervision> sessions = new ArrayList<>();
                    for (LocalDate date = first; !date.isAfter(FIRST.plusDays(SPAN_DAYS)); date = date.plusDays(gap)) {
                        sessions.add(new Supervision(date, kind, null));
                    }
                    return sessions;
                });
        return Combinators.combine(
                        people(),
                        Arbitraries.of(AccreditationStage.ACCREDITED, AccreditationStage.TRAINED),
                        recordDates(),
                        Arbitraries.integers().between(30, 900).injectNull(0.4),
                        recordDates().list().ofMinSize(1).ofMaxSize(3),
                        recordDates().list().ofMinSize(2).ofMaxSize(5),
                        supervisionEvery)
                .as((noise, stage, awarded, expiresAfter, dbsDates, trainingDates, sessions) -> {
                    List<Accreditation> accreditations = new ArrayList<>(noise.accreditations());
                    accreditations.add(new Accreditation(7, PROGRAMME, stage, awarded,
                            expiresAfter == null ? null : awarded.plusDays(expiresAfter), true));
                    List<DbsCheck> checks = new ArrayList<>(noise.dbsChecks());
                    for (int i = 0; i < dbsDates.size(); i++) {
                        checks.add(new DbsCheck(dbsDates.get(i), "00123456789" + i, i == 0));
                    }
                    List<SafeguardingTraining> training = new ArrayList<>(noise.safeguarding());
                    trainingDates.forEach(date -> training.add(new SafeguardingTraining(date, 3)));
                    List<Supervision> supervision = new ArrayList<>(noise.supervision());
                    supervision.addAll(sessions);
                    return new PractitionerRecord(noise.staffId(), noise.name(), 8, noise.startDate(),
                            noise.leaveDate(), accreditations, supervision, checks, training);
                });
    }

    static Arbitrary<Accreditation> accreditations() {
        return Combinators.combine(
                        Arbitraries.longs().between(1, 999),
                        Arbitraries.of(PROGRAMME, PROGRAMME, PROGRAMME, "triple-p-group-teen"),
                        Arbitraries.frequency(
                                Tuple.of(5, AccreditationStage.ACCREDITED), Tuple.of(3, AccreditationStage.TRAINED),
                                Tuple.of(1, AccreditationStage.ENROLLED), Tuple.of(1, AccreditationStage.LAPSED),
                                Tuple.of(1, AccreditationStage.REVOKED)),
                        recordDates().injectNull(0.05),
                        Arbitraries.integers().between(-30, 900).injectNull(0.5),
                        Arbitraries.integers().between(0, 4).map(i -> i > 0))
                .as((id, programme, stage, awarded, expiresAfter, verified) -> new Accreditation(id, programme, stage,
                        awarded, awarded == null || expiresAfter == null ? null : awarded.plusDays(expiresAfter),
                        verified));
    }

    static Arbitrary<Supervision> sessions() {
        return Combinators.combine(
                        recordDates().injectNull(0.03),
                        Arbitraries.of(SupervisionKind.class).injectNull(0.05),
                        Arbitraries.of(PROGRAMME, "triple-p-group-teen").injectNull(0.5))
                .as(Supervision::new);
    }

    static Arbitrary<DbsCheck> dbsChecks() {
        return Combinators.combine(
                        recordDates().injectNull(0.05),
                        Arbitraries.strings().numeric().ofLength(12),
                        Arbitraries.of(true, false))
                .as(DbsCheck::new);
    }

    static Arbitrary<SafeguardingTraining> safeguarding() {
        return Combinators.combine(recordDates().injectNull(0.05), Arbitraries.integers().between(1, 4))
                .as(SafeguardingTraining::new);
    }

    static Arbitrary<ProgrammeRules> programmes() {
        return Combinators.combine(
                        Arbitraries.subsetOf(NeedLevel.values()).ofMinSize(2),
                        Arbitraries.integers().between(1, 8).injectNull(0.75).list().ofSize(4),
                        Arbitraries.integers().between(1, 24).injectNull(0.4),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 120).injectNull(0.5),
                        Arbitraries.subsetOf(SupervisionKind.values()).injectNull(0.5))
                .as((levels, minimums, validity, provisional, interval, kinds) -> new ProgrammeRules(
                        PROGRAMME, "Incredible Years", levels, minimumsByLevel(minimums), validity, provisional,
                        interval, kinds == null ? Set.of() : kinds));
    }

    private static Map<NeedLevel, Integer> minimumsByLevel(List<Integer> minimums) {
        Map<NeedLevel, Integer> byLevel = new EnumMap<>(NeedLevel.class);
        for (NeedLevel level : NeedLevel.values()) {
            Integer minimum = minimums.get(level.ordinal());
            if (minimum != null) {
                byLevel.put(level, minimum);
            }
        }
        return byLevel;
    }
}
