package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.PractitionerBuilder.date;
import static uk.facilitate.qualification.PractitionerBuilder.practitioner;
import static uk.facilitate.qualification.ProgrammeBuilder.programme;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;

/** The "What I can facilitate" panel reads the engine's verdicts grouped by programme. */
class FacilitationPanelTest {

    private final QualificationEngine engine = new QualificationEngine(QualificationSettings.defaults());

    private final ProgrammeRules triplePTeen = programme("triple-p-group-teen", "Group Teen Triple P")
            .minimumProfessionalLevel(NeedLevel.COMPLEX, 6).minimumProfessionalLevel(NeedLevel.SPECIALIST, 6).build();
    private final ProgrammeRules solihull = programme("solihull-approach", "Solihull Approach")
            .servingLevels(NeedLevel.UNIVERSAL, NeedLevel.TARGETED, NeedLevel.COMPLEX).build();

    @Test
    void levelsWithTheSameOutcomeShareALineAndTheQualifiedProgrammeComesFirst() {
        // A Luton family support worker at RQF 4, accredited in Group Teen Triple P, DBS issued 10/01/2024.
        PractitionerRecord person = practitioner("Grace Okafor").atProfessionalLevel(4)
                .accredited("triple-p-group-teen", "2025-02-01")
                .dbsIssuedOn("2024-01-10").safeguarding(3, "2025-06-01").build();

        List<FacilitationPanel.ProgrammeVerdicts> panel = FacilitationPanel.group(
                engine.assessAll(person, List.of(solihull, triplePTeen), date("2026-03-01")), Map.of());

        assertEquals(List.of("triple-p-group-teen", "solihull-approach"),
                panel.stream().map(FacilitationPanel.ProgrammeVerdicts::programmeId).toList());
        FacilitationPanel.ProgrammeVerdicts teen = panel.get(0);
        assertTrue(teen.isAnyQualified());
        assertEquals(3, teen.lines().size(), "levels 1–2 together; 3 and 4 each name their own level");
        FacilitationPanel.Line qualified = teen.lines().get(0);
        assertEquals(List.of(1, 2), qualified.needLevels());
        assertEquals("Need levels 1 and 2", qualified.levels());
        assertEquals("Qualified until 09/01/2027: DBS check due for renewal (renewal due)", qualified.headline());
        FacilitationPanel.Line notQualified = teen.lines().get(1);
        assertEquals(List.of(3), notQualified.needLevels());
        assertEquals("Need level 3 (complex)", notQualified.levels());
        assertFalse(notQualified.qualified());
        assertEquals(List.of("Your professional level 4 is below the level 6 needed for need level 3 (complex)"),
                notQualified.reasons());

        FacilitationPanel.ProgrammeVerdicts solihullGroup = panel.get(1);
        assertFalse(solihullGroup.isAnyQualified());
        assertEquals(1, solihullGroup.lines().size(), "no training at any level: one line");
        assertEquals("Need levels 1, 2 and 3", solihullGroup.lines().get(0).levels());
        assertTrue(solihullGroup.lines().get(0).reasons().get(0).contains("no Solihull Approach training"),
                solihullGroup.lines().get(0).reasons().toString());
    }

    @Test
    void aRecordAwaitingVerificationIsExplainedAndNotesStayWithTheirProgramme() {
        PractitionerRecord person = practitioner("Sam Patel").atProfessionalLevel(4)
                .accreditation("solihull-approach", AccreditationStage.ACCREDITED, "2026-02-01", null, false)
                .dbsIssuedOn("2025-01-10").safeguarding(3, "2025-06-01").build();

        List<FacilitationPanel.ProgrammeVerdicts> panel = FacilitationPanel.group(
                engine.assessAll(person, List.of(solihull), date("2026-03-01")),
                Map.of("solihull-approach", List.of("Logged on 01/02/2026; waiting for a manager to verify")));

        FacilitationPanel.Line line = panel.get(0).lines().get(0);
        assertEquals("Not qualified", line.headline());
        assertEquals(List.of("Your Solihull Approach accreditation is awaiting verification by a manager"), line.reasons());
        assertEquals(List.of("Logged on 01/02/2026; waiting for a manager to verify"), panel.get(0).notes());
    }

    @Test
    void aSingleLevelIsNamedAsUsersSayIt() {
        ProgrammeRules incredibleYears = programme("incredible-years", "Incredible Years").servingLevels(NeedLevel.TARGETED)
                .build();
        PractitionerRecord person = practitioner("Amira Hussain").atProfessionalLevel(6)
                .accredited("incredible-years", "2024-03-12").dbsOnUpdateService("2023-05-01")
                .safeguarding(3, "2025-06-01").build();

        FacilitationPanel.Line line = FacilitationPanel.group(
                engine.assessAll(person, List.of(incredibleYears), date("2026-03-01")), Map.of()).get(0).lines().get(0);

        assertEquals("Need level 2 (targeted)", line.levels());
        assertEquals("Qualified until 31/05/2028: safeguarding training due for refresh (renewal due)", line.headline());
    }
}
