package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;

/** When, and why, a verdict will flip: both from qualified to not and from not qualified to qualified. */
class NextChangeTest {

    static final String IY = "incredible-years";
    static final ProgrammeRules INCREDIBLE_YEARS = programme(IY, "Incredible Years").build();
    static final ProgrammeRules SUPERVISED_IY = programme(IY, "Incredible Years").supervisionAtLeastEvery(90).build();
    static final QualificationEngine ENGINE = new QualificationEngine(QualificationSettings.defaults());

    static PractitionerBuilder compliant() {
        return practitioner("Priya Shah").atProfessionalLevel(6).dbsOnUpdateService("2015-08-01")
                .safeguarding(3, "2025-02-05").safeguarding(3, "2028-01-20");
    }

    @Test
    void qualifiedUntilTheExpiryDateThenNotFromTheDayAfter() {
        PractitionerRecord person = compliant().accredited(IY, "2024-03-02", "2027-03-01").build();

        Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertTrue(verdict.qualified());
        assertEquals(new NextChange(date("2027-03-02"), false, List.of(Rule.ACCREDITATION_CURRENT)), verdict.nextChange());
        assertEquals(Optional.of(date("2027-03-01")), verdict.lastQualifiedDay());
        assertEquals("Qualified until 01/03/2027: accreditation expires", verdict.nextChange().describe());
        assertEquals(EndKind.HARD, verdict.nextChange().endKind());
        assertEquals("You may facilitate Incredible Years at need level 2 (targeted) on 16/03/2026, "
                + "until 01/03/2027 (accreditation expires).", verdict.summary());
    }

    @Test
    void aFutureDatedAccreditationIsAChangeToQualified() {
        PractitionerRecord person = compliant().accredited(IY, "2026-05-02").build();

        Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertFalse(verdict.qualified());
        assertEquals(new NextChange(date("2026-05-02"), true, List.of(Rule.ACCREDITATION_CURRENT)), verdict.nextChange());
        assertEquals("Qualified from 02/05/2026: accreditation starts", verdict.nextChange().describe());
        assertNull(verdict.nextChange().endKind(), "a start is not an end of either kind");
        assertEquals(Optional.empty(), verdict.lastQualifiedDay());
        assertEquals("You may not facilitate Incredible Years at need level 2 (targeted) on 16/03/2026. "
                + "Your Incredible Years accreditation starts on 02/05/2026. "
                + "You may facilitate from 02/05/2026 (accreditation starts).", verdict.summary());
    }

    @Test
    void theNextChangeLooksPastAnyHorizon() {
        // With a 1000-year refresh, safeguarding is the only record that ever ends.
        PractitionerRecord person = practitioner("Priya Shah").dbsOnUpdateService("2015-08-01")
                .safeguarding(3, "2025-02-05").accredited(IY, "2019-06-01").build();
        QualificationEngine longRefresh = new QualificationEngine(new QualificationSettings(36, 12_000, 3, true));

        Verdict verdict = longRefresh.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertEquals(new NextChange(date("3025-02-05"), false, List.of(Rule.SAFEGUARDING_CURRENT)), verdict.nextChange());
        assertEquals(EndKind.RENEWAL, verdict.nextChange().endKind(), "a safeguarding refresh is routine");
    }

    @Test
    void noChangeAheadWhenNotQualifiedAndNothingWillChangeThat() {
        PractitionerRecord person = compliant().accredited(IY, "2019-06-01", "2024-06-01").build();

        Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertFalse(verdict.qualified());
        assertNull(verdict.nextChange());
    }

    @Test
    void aRenewalAwardedTheDayAfterExpiryIsNoChange() {
        PractitionerRecord person = compliant().accredited(IY, "2024-03-02", "2027-03-01")
                .accredited(IY, "2027-03-02", "2030-03-01").build();

        Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertEquals(new NextChange(date("2030-03-02"), false, List.of(Rule.ACCREDITATION_CURRENT)), verdict.nextChange());
        assertEquals(date("2030-03-01"), verdict.outcome(Rule.ACCREDITATION_CURRENT).validUntil());
    }

    @Test
    void theLeaveDateIsTheLastQualifiedDay() {
        PractitionerRecord person = compliant().accredited(IY, "2019-06-01").leavingOn("2026-08-31").build();

        Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertEquals("Qualified until 31/08/2026: leaves post", verdict.nextChange().describe());
    }

    @Test
    void rulesEndingTheSameDayAreAllNamed() {
        PractitionerRecord person = practitioner("Priya Shah").accredited(IY, "2019-06-01")
                .dbsIssuedOn("2024-01-10").safeguarding(3, "2024-01-10").supervisedOn("2026-03-01").build();

        Verdict verdict = ENGINE.assess(person, SUPERVISED_IY, NeedLevel.TARGETED, date("2026-03-16"));

        // DBS and safeguarding both run to 09/01/2027; supervision ends sooner, on 30/05/2026.
        assertEquals("Qualified until 30/05/2026: supervision falls due", verdict.nextChange().describe());
        Verdict later = ENGINE.assess(
                practitioner("Priya Shah").accredited(IY, "2019-06-01").dbsIssuedOn("2024-01-10")
                        .safeguarding(3, "2024-01-10").build(),
                INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));
        assertEquals("Qualified until 09/01/2027: DBS check due for renewal and safeguarding training due for refresh",
                later.nextChange().describe());
    }

    @Test
    void aGapInSupervisionIsAChangeBothWays() {
        PractitionerRecord person = compliant().accredited(IY, "2019-06-01")
                .supervisedOn("2026-01-01").supervisedOn("2026-06-01").build();

        Verdict lapsed = ENGINE.assess(person, SUPERVISED_IY, NeedLevel.TARGETED, date("2026-04-15"));

        assertFalse(lapsed.qualified());
        assertEquals(new NextChange(date("2026-06-01"), true, List.of(Rule.SUPERVISION_CURRENT)), lapsed.nextChange());
    }

    @Test
    void theNextChangeIsTheFirstFlipNotTheNextRecordDate() {
        // DBS is renewed before it runs out, so its dates change nothing; accreditation ends first.
        PractitionerRecord person = practitioner("Priya Shah").accredited(IY, "2019-06-01", "2027-06-30")
                .dbsIssuedOn("2024-01-10").dbsIssuedOn("2026-12-01").safeguarding(3, "2025-02-05").build();

        Verdict verdict = ENGINE.assess(person, INCREDIBLE_YEARS, NeedLevel.TARGETED, date("2026-03-16"));

        assertEquals(date("2027-07-01"), verdict.nextChange().date());
        assertEquals(date("2029-11-30"), verdict.outcome(Rule.DBS_CURRENT).validUntil());
    }

    @Test
    void renewalsAloneAreRoutineButAnyHardCauseMakesAHardEnd() {
        assertEquals(EndKind.RENEWAL, EndKind.of(List.of(Rule.SUPERVISION_CURRENT, Rule.DBS_CURRENT,
                Rule.SAFEGUARDING_CURRENT)));
        assertEquals(EndKind.HARD, EndKind.of(List.of(Rule.SUPERVISION_CURRENT, Rule.ACCREDITATION_CURRENT)),
                "renewing supervision does not bring back an expired accreditation");
        for (Rule hard : List.of(Rule.STAFF_ACTIVE, Rule.NEED_LEVEL_SERVED, Rule.ACCREDITATION_CURRENT,
                Rule.PROFESSIONAL_LEVEL)) {
            assertEquals(EndKind.HARD, EndKind.of(List.of(hard)), hard.name());
        }
    }
}
