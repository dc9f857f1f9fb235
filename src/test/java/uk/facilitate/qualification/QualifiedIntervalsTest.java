package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;

/** The runs of qualified days that feed the precomputed table, read by SQL as from ≤ D ≤ until (or open). */
class QualifiedIntervalsTest {

    static final String IY = "incredible-years";
    static final ProgrammeRules SUPERVISED_IY = programme(IY, "Incredible Years").supervisionAtLeastEvery(90).build();
    static final QualificationEngine NO_REFRESH = new QualificationEngine(new QualificationSettings(36, 12_000, 3, true));

    static PractitionerBuilder compliant() {
        return practitioner("Priya Shah").atProfessionalLevel(6).dbsOnUpdateService("2015-08-01")
                .safeguarding(3, "2015-02-05");
    }

    @Test
    void aRunIsNotCutAtTheEndOfTheWindow() {
        PractitionerRecord person = compliant().accredited(IY, "2024-05-04").build();

        List<QualifiedInterval> intervals = NO_REFRESH.qualifiedIntervals(person, programme(IY, "Incredible Years").build(),
                NeedLevel.TARGETED, date("2026-01-01"), date("2026-12-31"));

        assertEquals(List.of(new QualifiedInterval(date("2026-01-01"), date("3015-02-04"), List.of(Rule.SAFEGUARDING_CURRENT))), intervals);
    }

    @Test
    void aGapInSupervisionSplitsTheRun() {
        PractitionerRecord person = compliant().accredited(IY, "2024-05-04")
                .supervisedOn("2026-01-01").supervisedOn("2026-03-15").supervisedOn("2026-08-01").build();

        List<QualifiedInterval> intervals = NO_REFRESH.qualifiedIntervals(person, SUPERVISED_IY, NeedLevel.TARGETED,
                date("2025-01-01"), date("2027-12-31"));

        assertEquals(List.of(
                new QualifiedInterval(date("2026-01-01"), date("2026-06-13"), List.of(Rule.SUPERVISION_CURRENT)),
                new QualifiedInterval(date("2026-08-01"), date("2026-10-30"), List.of(Rule.SUPERVISION_CURRENT))), intervals);
    }

    @Test
    void aRunEndingAfterTheWindowKeepsItsRealLastDay() {
        PractitionerRecord person = compliant().accredited(IY, "2024-05-04", "2028-05-03").build();

        List<QualifiedInterval> intervals = NO_REFRESH.qualifiedIntervals(person, programme(IY, "Incredible Years").build(),
                NeedLevel.TARGETED, date("2026-01-01"), date("2026-12-31"));

        assertEquals(List.of(new QualifiedInterval(date("2026-01-01"), date("2028-05-03"), List.of(Rule.ACCREDITATION_CURRENT))), intervals);
    }

    @Test
    void back_to_backAccreditationsMakeOneRun() {
        PractitionerRecord person = compliant().accredited(IY, "2021-05-04", "2024-05-03")
                .accredited(IY, "2024-05-04", "2027-05-03").build();

        List<QualifiedInterval> intervals = NO_REFRESH.qualifiedIntervals(person, programme(IY, "Incredible Years").build(),
                NeedLevel.TARGETED, date("2020-01-01"), date("2030-12-31"));

        assertEquals(List.of(new QualifiedInterval(date("2021-05-04"), date("2027-05-03"), List.of(Rule.ACCREDITATION_CURRENT))), intervals);
    }

    @Test
    void runsOutsideTheWindowAreLeftOut() {
        PractitionerRecord person = compliant().accredited(IY, "2018-05-04", "2019-05-03")
                .accredited(IY, "2031-01-01").build();

        List<QualifiedInterval> intervals = NO_REFRESH.qualifiedIntervals(person, programme(IY, "Incredible Years").build(),
                NeedLevel.TARGETED, date("2020-01-01"), date("2030-12-31"));

        assertEquals(List.of(), intervals);
    }

    @Test
    void aNeedLevelTheProgrammeDoesNotServeHasNoRuns() {
        PractitionerRecord person = compliant().accredited(IY, "2024-05-04").build();
        ProgrammeRules universalOnly = programme(IY, "Incredible Years").servingLevels(NeedLevel.UNIVERSAL).build();

        assertEquals(List.of(), NO_REFRESH.qualifiedIntervals(person, universalOnly, NeedLevel.COMPLEX,
                date("2020-01-01"), date("2030-12-31")));
    }

    @Test
    void byLevelGivesEachServedNeedLevelItsOwnRuns() {
        PractitionerRecord person = compliant().atProfessionalLevel(4).accredited(IY, "2024-05-04", "2028-05-03").build();
        ProgrammeRules levelFiveForSpecialist = programme(IY, "Incredible Years")
                .servingLevels(NeedLevel.TARGETED, NeedLevel.SPECIALIST)
                .minimumProfessionalLevel(NeedLevel.SPECIALIST, 5).build();

        Map<NeedLevel, List<QualifiedInterval>> byLevel = NO_REFRESH.qualifiedIntervalsByLevel(person,
                levelFiveForSpecialist, date("2026-01-01"), date("2026-12-31"));

        assertEquals(Map.of(
                NeedLevel.TARGETED, List.of(new QualifiedInterval(date("2026-01-01"), date("2028-05-03"), List.of(Rule.ACCREDITATION_CURRENT))),
                NeedLevel.SPECIALIST, List.of()), byLevel);
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        PractitionerRecord person = compliant().build();

        assertThrows(IllegalArgumentException.class, () -> NO_REFRESH.qualifiedIntervals(person, SUPERVISED_IY,
                NeedLevel.TARGETED, date("2026-01-02"), date("2026-01-01")));
    }

    @Test
    void assessAllCoversEveryNeedLevelEachProgrammeServes() {
        PractitionerRecord person = compliant().accredited(IY, "2024-05-04").build();
        ProgrammeRules incredibleYears = programme(IY, "Incredible Years")
                .servingLevels(NeedLevel.TARGETED, NeedLevel.UNIVERSAL).build();
        ProgrammeRules mellow = programme("mellow-parenting", "Mellow Parenting").servingLevels(NeedLevel.COMPLEX).build();

        List<Verdict> verdicts = NO_REFRESH.assessAll(person, List.of(incredibleYears, mellow), date("2026-03-16"));

        assertEquals(List.of("incredible-years 1 true", "incredible-years 2 true", "mellow-parenting 3 false"),
                verdicts.stream().map(v -> v.programmeId() + " " + v.needLevel().number() + " " + v.qualified()).toList());
    }
}
