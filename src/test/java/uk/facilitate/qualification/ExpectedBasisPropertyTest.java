package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.facilitate.qualification.PractitionerRecord.DbsCheck;
import uk.facilitate.qualification.PractitionerRecord.SafeguardingTraining;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/**
 * The expected basis (the engine asked about the records with bookings and on-schedule renewals assumed)
 * against a plain day-by-day reading of its definition ({@link ReferenceRules#expectedMet}), on random
 * records, bookings, todays and dates. A failure names the seed that reproduces it.
 */
class ExpectedBasisPropertyTest {

    @Test
    void theExpectedBasisAgreesWithItsDefinitionOnRandomRecordsAndDates() {
        int tries = 3000;
        int gainedByReach = 0;
        int gainedByBooking = 0;
        int stillNot = 0;
        for (long seed = 1; seed <= tries; seed++) {
            RandomRecords random = new RandomRecords(seed);
            QualificationSettings policy = random.settingsWithSupervisionPolicy();
            // A third of boroughs count only some conditions as routine renewals.
            java.util.Set<Rule> renewable = java.util.EnumSet.copyOf(QualificationSettings.RENEWABLE_BY_DEFAULT);
            if (random.chance(0.33)) {
                renewable.removeIf(rule -> random.chance(0.5));
            }
            QualificationSettings settings = new QualificationSettings(policy.dbsRecheckMonths(),
                    policy.safeguardingRefreshMonths(), policy.minimumSafeguardingLevel(),
                    policy.requireVerifiedAccreditation(), policy.supervisionIntervalDays(), policy.requireVerifiedChecks(),
                    renewable);
            PractitionerRecord person = random.person(42);
            ProgrammeRules programme = random.programme();
            NeedLevel level = random.levelFor(programme);
            LocalDate today = random.day();
            LocalDate on = today.plusDays(random.between(0, 900));
            ExpectedBasis.Booked booked = bookings(random, today);
            QualificationEngine engine = new QualificationEngine(settings);

            Verdict held = engine.assess(person, programme, level, on);
            Verdict expected = engine.assessExpected(person, booked, programme, level, on, today);
            Map<Rule, Boolean> reference = ReferenceRules.expectedMet(settings, person, booked,
                    settings.applyTo(programme), level, today, on);
            String where = "seed " + seed + ", today " + today + ", on " + on;
            if (on.equals(today)) {
                assertEquals(held, expected, where + ": today the expected basis is the records held");
                continue;
            }
            for (RuleOutcome outcome : expected.rules()) {
                assertEquals(reference.get(outcome.rule()), outcome.met(), () -> where + ": " + outcome);
            }
            assertEquals(!reference.containsValue(false), expected.qualified(), where);
            assertTrue(!held.qualified() || expected.qualified(), where + ": whoever holds it is expected to");
            if (expected.qualified() && !held.qualified()) {
                boolean anyBooking = !booked.supervision().isEmpty() || !booked.dbsChecks().isEmpty()
                        || !booked.safeguarding().isEmpty();
                if (anyBooking) {
                    gainedByBooking++;
                } else {
                    gainedByReach++;
                }
            } else if (!expected.qualified()) {
                stillNot++;
            }
        }
        assertTrue(gainedByReach >= 50, "renewals within reach made some cases expected, was " + gainedByReach);
        assertTrue(gainedByBooking >= 50, "cases with bookings gained too, was " + gainedByBooking);
        assertTrue(stillNot >= 300, "and many stay not expected (hard rules, out of reach), was " + stillNot);
    }

    /** Nothing booked a third of the time; otherwise a few bookings of each kind from today on. */
    private static ExpectedBasis.Booked bookings(RandomRecords random, LocalDate today) {
        if (random.chance(0.33)) {
            return ExpectedBasis.Booked.NOTHING;
        }
        List<Supervision> sessions = new ArrayList<>();
        for (int i = random.between(0, 2); i > 0; i--) {
            sessions.add(new Supervision(today.plusDays(random.between(0, 400)),
                    SupervisionKind.values()[random.between(0, SupervisionKind.values().length - 1)],
                    random.chance(0.5) ? null : RandomRecords.PROGRAMME));
        }
        List<DbsCheck> checks = new ArrayList<>();
        for (int i = random.between(0, 1); i > 0; i--) {
            checks.add(new DbsCheck(today.plusDays(random.between(0, 400)), null, false));
        }
        List<SafeguardingTraining> training = new ArrayList<>();
        for (int i = random.between(0, 1); i > 0; i--) {
            training.add(new SafeguardingTraining(today.plusDays(random.between(0, 400)), random.between(1, 4)));
        }
        return new ExpectedBasis.Booked(sessions, checks, training);
    }
}
