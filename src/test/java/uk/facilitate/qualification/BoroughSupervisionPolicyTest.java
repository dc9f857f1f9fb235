package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;

/**
 * The catalogue's sources give no supervision interval, so a borough may set its own: it applies
 * to programmes whose catalogue entry is silent, never overriding one that sets an interval.
 */
class BoroughSupervisionPolicyTest {

    private static final ProgrammeRules SILENT = programme("solihull-approach", "Solihull Approach")
            .servingLevels(NeedLevel.UNIVERSAL).build();
    private static final ProgrammeRules OWN_INTERVAL = programme("mellow-parenting", "Mellow Parenting")
            .servingLevels(NeedLevel.COMPLEX).supervisionAtLeastEvery(30).build();

    private static final PractitionerRecord LAST_SUPERVISED_IN_JANUARY = practitioner("Grace Okafor").staffId(7)
            .atProfessionalLevel(4).startedOn("2020-01-06")
            .accredited("solihull-approach", "2024-02-01").accredited("mellow-parenting", "2024-02-01")
            .supervisedOn("2026-01-05")
            .dbsOnUpdateService("2020-01-01").safeguarding(3, "2025-09-01")
            .build();

    private static final QualificationSettings NINETY_DAY_POLICY = new QualificationSettings(36, 36, 3, true, 90);

    @Test
    void withoutABoroughPolicyASilentProgrammeAsksNoSupervision() {
        Verdict verdict = new QualificationEngine(QualificationSettings.defaults())
                .assess(LAST_SUPERVISED_IN_JANUARY, SILENT, NeedLevel.UNIVERSAL, date("2026-11-24"));

        assertTrue(verdict.qualified(), verdict.summary());
    }

    @Test
    void aNinetyDayPolicyMakesTheSilentProgrammeLapseTheDayAfterTheNinetiethDay() {
        QualificationEngine engine = new QualificationEngine(NINETY_DAY_POLICY);

        Verdict onTheNinetiethDay = engine.assess(LAST_SUPERVISED_IN_JANUARY, SILENT, NeedLevel.UNIVERSAL, date("2026-04-05"));
        Verdict theDayAfter = engine.assess(LAST_SUPERVISED_IN_JANUARY, SILENT, NeedLevel.UNIVERSAL, date("2026-04-06"));

        assertTrue(onTheNinetiethDay.qualified(), onTheNinetiethDay.summary());
        assertEquals(date("2026-04-06"), onTheNinetiethDay.nextChange().date());
        assertFalse(theDayAfter.qualified());
        assertFalse(theDayAfter.outcome(Rule.SUPERVISION_CURRENT).met());
    }

    @Test
    void aProgrammeWithItsOwnIntervalKeepsIt() {
        Verdict verdict = new QualificationEngine(NINETY_DAY_POLICY)
                .assess(LAST_SUPERVISED_IN_JANUARY, OWN_INTERVAL, NeedLevel.COMPLEX, date("2026-02-05"));

        assertFalse(verdict.qualified(), "30 days after 05/01/2026 has passed: " + verdict.summary());
    }
}
