package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;

/**
 * DBS checks, safeguarding trainings and supervision sessions a person enters for themselves count only once
 * a manager has verified them, unless the borough's {@code requireVerifiedChecks} setting is off.
 */
class SelfEnteredChecksTest {

    static final String IY = "incredible-years";
    static final ProgrammeRules INCREDIBLE_YEARS = programme(IY, "Incredible Years").supervisionAtLeastEvery(90).build();
    static final LocalDate ON = date("2026-03-16");

    /** Jade, accredited, whose only DBS check, safeguarding and supervision are her own entries. */
    static PractitionerRecord jade() {
        return practitioner("Jade Bennett").atProfessionalLevel(4).startedOn("2015-09-01")
                .accredited(IY, "2024-06-01")
                .unverifiedChecks("2025-01-10", 3, "2025-02-05", "2026-03-01").build();
    }

    @Test
    void unverifiedSelfEntriesDoNotCountByDefault() {
        Verdict verdict = new QualificationEngine(QualificationSettings.defaults())
                .assess(jade(), INCREDIBLE_YEARS, NeedLevel.TARGETED, ON);

        assertFalse(verdict.qualified());
        assertFalse(verdict.outcome(Rule.DBS_CURRENT).met());
        assertFalse(verdict.outcome(Rule.SAFEGUARDING_CURRENT).met());
        assertFalse(verdict.outcome(Rule.SUPERVISION_CURRENT).met());
        assertTrue(verdict.outcome(Rule.SUPERVISION_CURRENT).evidence().contains("waiting for a manager to verify"),
                verdict.outcome(Rule.SUPERVISION_CURRENT).evidence());
        assertEquals("You have no DBS check recorded; 1 DBS check you entered is waiting for a manager to verify",
                verdict.outcome(Rule.DBS_CURRENT).explanation());
        assertTrue(verdict.outcome(Rule.SAFEGUARDING_CURRENT).explanation()
                .endsWith("; 1 safeguarding training you entered is waiting for a manager to verify"),
                verdict.outcome(Rule.SAFEGUARDING_CURRENT).explanation());
    }

    @Test
    void theBoroughMayCountThemAtOnce() {
        QualificationSettings countAtOnce = new QualificationSettings(36, 36, 3, true, null, false);

        Verdict verdict = new QualificationEngine(countAtOnce).assess(jade(), INCREDIBLE_YEARS, NeedLevel.TARGETED, ON);

        assertTrue(verdict.qualified(), verdict::toString);
    }

    @Test
    void verifiedEntriesCount() {
        PractitionerRecord verified = practitioner("Jade Bennett").atProfessionalLevel(4).startedOn("2015-09-01")
                .accredited(IY, "2024-06-01").dbsIssuedOn("2025-01-10").safeguarding(3, "2025-02-05")
                .supervisedOn("2026-03-01").build();

        Verdict verdict = new QualificationEngine(QualificationSettings.defaults())
                .assess(verified, INCREDIBLE_YEARS, NeedLevel.TARGETED, ON);

        assertTrue(verdict.qualified(), verdict::toString);
        assertEquals(true, QualificationSettings.defaults().requireVerifiedChecks());
    }
}
