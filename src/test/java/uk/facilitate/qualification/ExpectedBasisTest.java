package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.qualification.PractitionerRecord.Supervision;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/** The expected basis on the coordinator's question: who can run Incredible Years at need level 3 next spring. */
class ExpectedBasisTest {

    private static final ProgrammeRules INCREDIBLE_YEARS = programme("incredible-years", "Incredible Years")
            .servingLevels(NeedLevel.TARGETED, NeedLevel.COMPLEX).supervisionAtLeastEvery(90).build();
    private static final QualificationSettings SETTINGS = QualificationSettings.defaults();
    private static final QualificationEngine ENGINE = new QualificationEngine(SETTINGS);

    private static PractitionerBuilder accreditedLeader(String name) {
        return practitioner(name).staffId(7).atProfessionalLevel(6).startedOn("2015-04-01")
                .accredited("incredible-years", "2022-06-01").dbsIssuedOn("2025-01-10").safeguarding(3, "2025-09-01");
    }

    @Test
    void supervisionCurrentTodayIsExpectedToBeRenewedOnScheduleWhileTheHeldRecordsLapse() {
        PractitionerRecord jade = accreditedLeader("Jade Bennett").supervisedOn("2026-11-10").build();

        Verdict held = ENGINE.assess(jade, INCREDIBLE_YEARS, NeedLevel.COMPLEX, date("2027-04-01"));
        Verdict expected = ENGINE.assessExpected(jade, ExpectedBasis.Booked.NOTHING, INCREDIBLE_YEARS,
                NeedLevel.COMPLEX, date("2027-04-01"), date("2026-12-04"));

        assertFalse(held.qualified(), "on the records held supervision falls due on 09/02/2027");
        assertTrue(expected.qualified(), expected.summary());
    }

    @Test
    void supervisionLessThanOneIntervalOverdueIsStillWithinReachButAYearOverdueIsNot() {
        PractitionerRecord overdue = accreditedLeader("Sam Ortiz").supervisedOn("2026-08-01").build(); // fell due 31/10
        PractitionerRecord lapsed = accreditedLeader("Ali Reed").supervisedOn("2025-10-01").build();

        assertTrue(ENGINE.assessExpected(overdue, ExpectedBasis.Booked.NOTHING, INCREDIBLE_YEARS, NeedLevel.COMPLEX,
                date("2027-04-01"), date("2026-12-04")).qualified());
        Verdict notExpected = ENGINE.assessExpected(lapsed, ExpectedBasis.Booked.NOTHING, INCREDIBLE_YEARS,
                NeedLevel.COMPLEX, date("2027-04-01"), date("2026-12-04"));
        assertFalse(notExpected.qualified());
        assertEquals(List.of("Supervision up to date"), notExpected.rules().stream().filter(o -> !o.met())
                .map(o -> o.rule().label()).toList());
    }

    @Test
    void aBookingBringsALapsedConditionBackFromItsDate() {
        PractitionerRecord lapsed = accreditedLeader("Ali Reed").supervisedOn("2025-10-01").build();
        ExpectedBasis.Booked booked = new ExpectedBasis.Booked(
                List.of(new Supervision(date("2027-03-15"), SupervisionKind.INDIVIDUAL, null)), List.of(), List.of());

        assertFalse(ENGINE.assessExpected(lapsed, booked, INCREDIBLE_YEARS, NeedLevel.COMPLEX,
                date("2027-03-14"), date("2026-12-04")).qualified());
        assertTrue(ENGINE.assessExpected(lapsed, booked, INCREDIBLE_YEARS, NeedLevel.COMPLEX,
                date("2027-09-01"), date("2026-12-04")).qualified(), "booked, then renewed on schedule");
    }

    @Test
    void aBoroughThatTreatsDbsReChecksAsHardEndsPlansOnNone() {
        QualificationSettings dbsIsHard = new QualificationSettings(36, 36, 3, true, null, true,
                java.util.Set.of(Rule.SUPERVISION_CURRENT, Rule.SAFEGUARDING_CURRENT));
        QualificationEngine engine = new QualificationEngine(dbsIsHard);
        PractitionerRecord dueInJanuary = practitioner("Lee Hart").staffId(9).atProfessionalLevel(6)
                .accredited("incredible-years", "2022-06-01").supervisedOn("2026-11-10")
                .dbsIssuedOn("2024-01-10").safeguarding(3, "2025-09-01").build();

        Verdict expected = engine.assessExpected(dueInJanuary, ExpectedBasis.Booked.NOTHING, INCREDIBLE_YEARS,
                NeedLevel.COMPLEX, date("2027-04-01"), date("2026-12-04"));
        Verdict today = engine.assess(dueInJanuary, INCREDIBLE_YEARS, NeedLevel.COMPLEX, date("2026-12-04"));

        assertFalse(expected.qualified(), "the DBS re-check due 10/01/2027 is not assumed");
        assertFalse(expected.outcome(Rule.DBS_CURRENT).met());
        assertTrue(expected.outcome(Rule.SUPERVISION_CURRENT).met(), "supervision still is");
        assertEquals(EndKind.HARD, today.nextChange().endKind(), "and its lapse is a hard end: " + today.nextChange());
        assertEquals(EndKind.RENEWAL, ENGINE.assess(dueInJanuary, INCREDIBLE_YEARS, NeedLevel.COMPLEX,
                date("2026-12-04")).nextChange().endKind(), "a renewal under the default settings");
    }

    @Test
    void aHardEndIsNeverAssumedAway() {
        PractitionerRecord expiring = practitioner("Kim Lowe").staffId(8).atProfessionalLevel(6)
                .accredited("incredible-years", "2022-06-01", "2027-01-31").supervisedOn("2026-11-10")
                .dbsIssuedOn("2025-01-10").safeguarding(3, "2025-09-01").build();

        Verdict expected = ENGINE.assessExpected(expiring, ExpectedBasis.Booked.NOTHING, INCREDIBLE_YEARS,
                NeedLevel.COMPLEX, date("2027-04-01"), date("2026-12-04"));

        assertFalse(expected.qualified());
        assertFalse(expected.outcome(Rule.ACCREDITATION_CURRENT).met());
        assertTrue(expected.outcome(Rule.SUPERVISION_CURRENT).met());
    }
}
