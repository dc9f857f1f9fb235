package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/** People from the partnerships' documents, assessed as their managers would see them. */
class RealisticPractitionersTest {

    static final QualificationEngine ENGINE = new QualificationEngine(QualificationSettings.defaults());
    static final LocalDate MID_MARCH = date("2026-03-16");

    static final ProgrammeRules SOLIHULL = programme("solihull", "Solihull Approach")
            .servingLevels(NeedLevel.UNIVERSAL, NeedLevel.TARGETED, NeedLevel.COMPLEX)
            .minimumProfessionalLevel(NeedLevel.COMPLEX, 5)
            .provisionalDeliveryWhenTrained()
            .supervisionAtLeastEvery(90)
            .build();
    static final ProgrammeRules TRIPLE_P_GROUP_TEEN = programme("triple-p-group-teen", "Triple P Group Teen")
            .servingLevels(NeedLevel.TARGETED, NeedLevel.COMPLEX)
            .accreditationValidForMonths(36)
            .build();
    static final ProgrammeRules INCREDIBLE_YEARS = programme("incredible-years", "Incredible Years")
            .servingLevels(NeedLevel.TARGETED, NeedLevel.COMPLEX, NeedLevel.SPECIALIST)
            .minimumProfessionalLevel(NeedLevel.SPECIALIST, 6)
            .supervisionAtLeastEvery(60, SupervisionKind.INDIVIDUAL, SupervisionKind.VIDEO_REVIEW)
            .build();

    /** A Luton health visitor with Solihull training: level 6, Solihull accredited, supervised monthly. */
    static PractitionerBuilder lutonHealthVisitor() {
        return practitioner("Amira Hussain").staffId(101)
                .atProfessionalLevel(6)
                .startedOn("2018-09-03")
                .accredited("solihull", "2023-06-12")
                .supervisedOn("2026-01-14").supervisedOn("2026-02-11").supervisedOn("2026-03-11")
                .dbsOnUpdateService("2018-08-01")
                .safeguarding(3, "2025-01-15");
    }

    /** A family support worker trained in Triple P Group Teen who has not yet done the accreditation days. */
    static PractitionerBuilder familySupportWorkerTrainedInGroupTeen() {
        return practitioner("Dean Walsh").staffId(102)
                .atProfessionalLevel(3)
                .startedOn("2024-04-08")
                .trained("triple-p-group-teen", "2026-02-20")
                .dbsIssuedOn("2024-03-18")
                .safeguarding(3, "2024-05-22");
    }

    /** An Islington CAMHS clinician accredited in Incredible Years whose supervision has lapsed. */
    static PractitionerBuilder islingtonCamhsClinicianWithLapsedSupervision() {
        return practitioner("Dr Ruth Adeyemi").staffId(103)
                .atProfessionalLevel(7)
                .startedOn("2016-01-04")
                .accredited("incredible-years", "2022-11-01", "2026-10-31")
                .supervisedOn("2025-11-20", SupervisionKind.VIDEO_REVIEW, "incredible-years")
                .dbsOnUpdateService("2016-01-04")
                .safeguarding(3, "2024-06-01");
    }

    @Test
    void aLutonHealthVisitorWithSolihullTrainingMayFacilitateAtNeedLevel3UntilSupervisionFallsDue() {
        PractitionerRecord amira = lutonHealthVisitor().build();

        Verdict verdict = ENGINE.assess(amira, SOLIHULL, NeedLevel.COMPLEX, MID_MARCH);

        assertTrue(verdict.qualified());
        assertEquals(List.of(), verdict.missing());
        assertEquals("You may facilitate Solihull Approach at need level 3 (complex) on 16/03/2026, "
                + "until 09/06/2026 (supervision falls due).", verdict.summary());
        assertEquals("You are accredited in Solihull Approach, with no expiry",
                verdict.outcome(Rule.ACCREDITATION_CURRENT).explanation());
        assertEquals("Your professional level 6 meets the minimum of level 5 for need level 3 (complex)",
                verdict.outcome(Rule.PROFESSIONAL_LEVEL).explanation());
    }

    @Test
    void aLutonHealthVisitorAcrossTheCatalogueIsQualifiedOnlyForSolihull() {
        PractitionerRecord amira = lutonHealthVisitor().build();

        List<Verdict> verdicts = ENGINE.assessAll(amira, List.of(SOLIHULL, TRIPLE_P_GROUP_TEEN, INCREDIBLE_YEARS),
                MID_MARCH);

        assertEquals(List.of(
                        "solihull 1 true", "solihull 2 true", "solihull 3 true",
                        "triple-p-group-teen 2 false", "triple-p-group-teen 3 false",
                        "incredible-years 2 false", "incredible-years 3 false", "incredible-years 4 false"),
                verdicts.stream().map(v -> v.programmeId() + " " + v.needLevel().number() + " " + v.qualified())
                        .toList());
    }

    @Test
    void aFamilySupportWorkerTrainedInGroupTeenIsNotQualifiedBeforeTheAccreditationDays() {
        PractitionerRecord dean = familySupportWorkerTrainedInGroupTeen().build();

        Verdict verdict = ENGINE.assess(dean, TRIPLE_P_GROUP_TEEN, NeedLevel.TARGETED, MID_MARCH);

        assertFalse(verdict.qualified());
        assertEquals(List.of("You are trained in Triple P Group Teen but not yet accredited; "
                + "Triple P Group Teen needs accreditation before you facilitate"), verdict.missing());
        assertEquals("Accreditation #11 (trained), awarded 20/02/2026, expires 19/02/2029",
                verdict.outcome(Rule.ACCREDITATION_CURRENT).evidence());
        assertNull(verdict.nextChange(), "training alone never qualifies for Triple P");
    }

    @Test
    void aFamilySupportWorkerQualifiesFromTheAccreditationDayOnceItIsRecorded() {
        PractitionerRecord dean = familySupportWorkerTrainedInGroupTeen()
                .accredited("triple-p-group-teen", "2026-05-14").build();

        Verdict verdict = ENGINE.assess(dean, TRIPLE_P_GROUP_TEEN, NeedLevel.TARGETED, MID_MARCH);

        assertFalse(verdict.qualified());
        assertEquals("Qualified from 14/05/2026: accreditation starts", verdict.nextChange().describe());
        assertEquals(List.of(new QualifiedInterval(date("2026-05-14"), date("2027-03-17"), List.of(Rule.DBS_CURRENT))),
                ENGINE.qualifiedIntervals(dean, TRIPLE_P_GROUP_TEEN, NeedLevel.TARGETED, MID_MARCH, date("2026-12-31")),
                "then until the DBS check issued 18/03/2024 is due");
    }

    @Test
    void anIslingtonCamhsClinicianWhoseSupervisionHasLapsedIsNotQualifiedDespiteAccreditation() {
        PractitionerRecord ruth = islingtonCamhsClinicianWithLapsedSupervision().build();

        Verdict verdict = ENGINE.assess(ruth, INCREDIBLE_YEARS, NeedLevel.SPECIALIST, MID_MARCH);

        assertFalse(verdict.qualified());
        assertTrue(verdict.outcome(Rule.ACCREDITATION_CURRENT).met());
        assertEquals(List.of("Your last supervision was on 20/11/2025; Incredible Years asks for supervision at least "
                + "every 60 days, so it was due by 19/01/2026"), verdict.missing());
        assertEquals("Video review supervision on 20/11/2025 (Incredible Years)",
                verdict.outcome(Rule.SUPERVISION_CURRENT).evidence());
        assertNull(verdict.nextChange());
    }

    @Test
    void anIslingtonCamhsClinicianIsQualifiedAgainFromABookedSupervisionUntilAccreditationExpires() {
        PractitionerRecord ruth = islingtonCamhsClinicianWithLapsedSupervision()
                .supervisedOn("2026-03-20", SupervisionKind.INDIVIDUAL, null)
                .supervisedOn("2026-05-15", SupervisionKind.VIDEO_REVIEW, "incredible-years")
                .supervisedOn("2026-07-10", SupervisionKind.INDIVIDUAL, null)
                .supervisedOn("2026-09-04", SupervisionKind.INDIVIDUAL, null).build();

        Verdict verdict = ENGINE.assess(ruth, INCREDIBLE_YEARS, NeedLevel.SPECIALIST, MID_MARCH);

        assertEquals("Qualified from 20/03/2026: supervision recorded", verdict.nextChange().describe());
        assertEquals(List.of(new QualifiedInterval(date("2026-03-20"), date("2026-10-31"), List.of(Rule.ACCREDITATION_CURRENT))),
                ENGINE.qualifiedIntervals(ruth, INCREDIBLE_YEARS, NeedLevel.SPECIALIST, MID_MARCH, date("2026-12-31")));
        assertEquals("Qualified until 31/10/2026: accreditation expires",
                ENGINE.assess(ruth, INCREDIBLE_YEARS, NeedLevel.SPECIALIST, date("2026-06-01")).nextChange().describe());
    }
}
