package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.RandomRecords.HORIZON;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;

/**
 * Random records against a plain day-by-day reading of the rules ({@link ReferenceRules}). Each
 * case comes from a seed ({@link RandomRecords}), so a failure names the seed that reproduces it;
 * each property also checks that the random cases reached the interesting states often enough.
 */
class QualificationEnginePropertyTest {

    record Case(long seed, QualificationSettings settings, PractitionerRecord person, ProgrammeRules programme,
                NeedLevel level, RandomRecords random) {

        static Case of(long seed) {
            RandomRecords random = new RandomRecords(seed);
            QualificationSettings settings = random.settings();
            PractitionerRecord person = random.person(42);
            ProgrammeRules programme = random.programme();
            return new Case(seed, settings, person, programme, random.levelFor(programme), random);
        }

        QualificationEngine engine() {
            return new QualificationEngine(settings);
        }

        String describe(LocalDate on) {
            return "seed " + seed + " on " + on;
        }
    }

    @Test
    void everyRuleAgreesWithThePlainReadingOfTheRules() {
        int qualified = 0;
        int provisional = 0;
        int tries = 1000;
        for (long seed = 1; seed <= tries; seed++) {
            Case c = Case.of(seed);
            LocalDate on = c.random().day();
            Verdict verdict = c.engine().assess(c.person(), c.programme(), c.level(), on);

            Map<Rule, Boolean> expected = ReferenceRules.met(c.settings(), c.person(), c.programme(), c.level(), on);
            for (RuleOutcome outcome : verdict.rules()) {
                assertEquals(expected.get(outcome.rule()), outcome.met(), () -> c.describe(on) + ": " + outcome);
                assertFalse(outcome.explanation().isBlank(), c.describe(on));
                assertFalse(outcome.explanation().matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "dates shown as dd/MM/yyyy");
            }
            assertEquals(!expected.containsValue(false), verdict.qualified(), c.describe(on));
            qualified += verdict.qualified() ? 1 : 0;
            provisional += verdict.qualified()
                    && verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation().contains("under supervision") ? 1 : 0;
        }
        assertTrue(qualified >= tries / 20, "at least 5% of the cases are qualified, was " + qualified);
        assertTrue(provisional >= 3, "some cases qualify provisionally, was " + provisional);
    }

    @Test
    void qualifiedIntervalsHoldExactlyTheDaysAssessCallsQualified() {
        int[] byCount = new int[4];
        for (long seed = 1; seed <= 300; seed++) {
            Case c = Case.of(seed);
            QualificationEngine engine = c.engine();
            LocalDate from = c.random().day();
            LocalDate to = from.plusDays(c.random().between(0, 1200));

            List<QualifiedInterval> intervals = engine.qualifiedIntervals(c.person(), c.programme(), c.level(), from, to);

            assertEquals(c.programme().needLevels().contains(c.level()) ? intervals : null,
                    engine.qualifiedIntervalsByLevel(c.person(), c.programme(), from, to).get(c.level()), c.describe(from));
            for (int i = 0; i < intervals.size(); i++) {
                QualifiedInterval interval = intervals.get(i);
                assertFalse(interval.from().isAfter(to), "interval starts inside the window, " + c.describe(from));
                assertTrue(interval.until() == null || !interval.until().isBefore(from), "ends inside, " + c.describe(from));
                if (i > 0) {
                    LocalDate previousEnd = intervals.get(i - 1).until();
                    assertNotNull(previousEnd);
                    assertTrue(previousEnd.plusDays(1).isBefore(interval.from()), "maximal and apart, " + c.describe(from));
                }
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate d = day;
                boolean inSomeInterval = intervals.stream().anyMatch(interval -> interval.contains(d));
                assertEquals(engine.assess(c.person(), c.programme(), c.level(), d).qualified(), inSomeInterval,
                        () -> c.describe(d) + " in " + intervals);
            }
            // A run still going at the end of the window keeps its real last day (or none), not `to`.
            Verdict atEnd = engine.assess(c.person(), c.programme(), c.level(), to);
            if (atEnd.qualified()) {
                assertEquals(atEnd.lastQualifiedDay().orElse(null), intervals.get(intervals.size() - 1).until(),
                        c.describe(to));
            }
            byCount[Math.min(intervals.size(), 3)]++;
        }
        assertTrue(byCount[1] >= 30, "at least 10% of windows hold one interval, was " + byCount[1]);
        assertTrue(byCount[2] >= 3, "some windows hold two intervals, was " + byCount[2]);
    }

    @Test
    void eachRunEndsForTheReasonsAVerdictOnItsLastDayGives() {
        int ended = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Case c = Case.of(seed);
            QualificationEngine engine = c.engine();
            LocalDate from = c.random().day();
            List<QualifiedInterval> intervals = engine.qualifiedIntervals(c.person(), c.programme(), c.level(), from,
                    from.plusDays(c.random().between(0, 1200)));
            for (QualifiedInterval interval : intervals) {
                if (interval.until() == null) {
                    assertTrue(interval.endCauses().isEmpty(), c.describe(from));
                    continue;
                }
                Verdict lastDay = engine.assess(c.person(), c.programme(), c.level(), interval.until());
                assertTrue(lastDay.qualified(), c.describe(interval.until()));
                assertEquals(lastDay.nextChange().causes(), interval.endCauses(), c.describe(interval.until()));
                assertEquals(lastDay.nextChange().reason(), interval.endReason(), c.describe(interval.until()));
                ended++;
            }
        }
        assertTrue(ended >= 30, "enough runs end inside the records, was " + ended);
    }

    @Test
    void nextChangeAndValidUntilAreTheFirstFlipsFoundDayByDay() {
        int becomes = 0;
        int stops = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Case c = Case.of(seed);
            QualificationEngine engine = c.engine();
            LocalDate on = c.random().day();
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
                assertNull(verdict.nextChange(), "nothing changes after the last record, " + c.describe(on));
            } else {
                assertNotNull(verdict.nextChange(), "the verdict flips on " + firstFlip + ", " + c.describe(on));
                assertEquals(firstFlip, verdict.nextChange().date(), c.describe(on));
                assertEquals(!verdict.qualified(), verdict.nextChange().qualified(), c.describe(on));
                assertFalse(verdict.nextChange().causes().isEmpty(), c.describe(on));
                becomes += verdict.nextChange().qualified() ? 1 : 0;
                stops += verdict.nextChange().qualified() ? 0 : 1;
            }
            for (RuleOutcome outcome : verdict.rules()) {
                if (outcome.met()) {
                    LocalDate unmet = firstUnmet.get(outcome.rule());
                    assertEquals(unmet == null ? null : unmet.minusDays(1), outcome.validUntil(),
                            () -> c.describe(on) + ": " + outcome);
                } else {
                    assertNull(outcome.validUntil(), c.describe(on));
                }
            }
        }
        assertTrue(becomes >= 9, "at least 3% become qualified later, was " + becomes);
        assertTrue(stops >= 15, "at least 5% stop being qualified later, was " + stops);
    }
}
