package uk.facilitate.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.facilitate.catalogue.Programme.CostBasis;
import uk.facilitate.catalogue.Programme.Kind;
import uk.facilitate.catalogue.Programme.StepKind;
import uk.facilitate.catalogue.Programme.TrainingStep;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;

/** The real files in {@code training-catalogue/} (Maven runs tests from the project's base folder). */
class TrainingCatalogueFilesTest {

    private static final Path CATALOGUE = Path.of("training-catalogue");

    private final CatalogueReader reader = new CatalogueReader();

    private Map<String, Programme> catalogue() throws IOException {
        return reader.read(CATALOGUE).stream().collect(Collectors.toMap(Programme::id, programme -> programme));
    }

    @Test
    void everyCatalogueFileLoadsWithTheProgrammesTheStrategiesName() throws IOException {
        List<CatalogueFile> files = CatalogueFile.readFolder(CATALOGUE);

        List<Programme> programmes = reader.read(files);

        assertEquals(files.size(), programmes.size());
        assertEquals(Set.of(
                "incredible-years", "triple-p", "triple-p-group-teen", "solihull-approach",
                "training-for-work-with-parents", "mellow-parenting", "mellow-babies", "mellow-bumps",
                "strengthening-families-strengthening-communities", "entering-the-teen-zone", "speak-easy",
                "childrens-services-induction", "integrated-working"),
                programmes.stream().map(Programme::id).collect(Collectors.toSet()));
    }

    @Test
    void incredibleYearsUsesSectionEightsNeedLevelsAndCitesBothIslingtonRanges() throws IOException {
        Programme incredibleYears = catalogue().get("incredible-years");

        assertEquals(Set.of(NeedLevel.TARGETED, NeedLevel.COMPLEX), incredibleYears.needLevels());
        Set<String> citedSections = incredibleYears.sources().stream()
                .filter(source -> source.fact().equals("needLevels"))
                .filter(source -> source.document().startsWith("Islington Parenting Support Strategy"))
                .map(Programme.Source::section)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Section 8", "Appendix A (training table)"), citedSections);
        assertTrue(incredibleYears.notes().contains("Section 8"), "the notes say which range was chosen and why");
        assertEquals(new BigDecimal("1000"), incredibleYears.trainingCost().pounds());
        assertEquals(CostBasis.PER_PARTICIPANT, incredibleYears.trainingCost().basis());
    }

    @Test
    void triplePAccreditationTakesTwoDaysAndRequiresTheThreeDayTraining() throws IOException {
        Programme tripleP = catalogue().get("triple-p");

        List<TrainingStep> path = tripleP.trainingPath();

        assertEquals(2, path.size());
        TrainingStep training = path.get(0);
        TrainingStep accreditation = path.get(1);
        assertEquals(StepKind.COURSE, training.kind());
        assertEquals(new BigDecimal("3"), training.days());
        assertEquals(AccreditationStage.TRAINED, training.awards());
        assertEquals(StepKind.ACCREDITATION, accreditation.kind());
        assertEquals(new BigDecimal("2"), accreditation.days());
        assertEquals(AccreditationStage.ACCREDITED, accreditation.awards());
        assertEquals(List.of(training.id()), accreditation.prerequisites());
        assertEquals("University of Queensland", tripleP.accreditingBody());
        assertEquals(16, tripleP.trainingCost().cohortSize());
    }

    @Test
    void groupTeenTriplePGivesTheEngineItsRulesWithTheLocalMinimumLevelAtTheHigherNeedLevels() throws IOException {
        ProgrammeRules rules = ProgrammeRules.of(catalogue().get("triple-p-group-teen"));

        assertEquals("triple-p-group-teen", rules.programmeId());
        assertEquals(Set.of(NeedLevel.values()), rules.needLevels());
        assertEquals(Map.of(NeedLevel.COMPLEX, 6, NeedLevel.SPECIALIST, 6), rules.minimumProfessionalLevel());
        assertNull(rules.accreditationValidityMonths(), "no source says Triple P accreditation expires");
        assertFalse(rules.provisionalDeliveryWhenTrained());
        assertNull(rules.supervisionMaxIntervalDays());
        assertTrue(rules.supervisionKinds().isEmpty());
    }

    @Test
    void workforceCoursesAreCoursesNotFacilitatedProgrammes() throws IOException {
        Map<String, Programme> catalogue = catalogue();

        assertEquals(Kind.COURSE, catalogue.get("childrens-services-induction").kind());
        assertEquals(Kind.COURSE, catalogue.get("integrated-working").kind());
        assertEquals(Kind.COURSE, catalogue.get("training-for-work-with-parents").kind());
        assertEquals(Kind.PROGRAMME, catalogue.get("solihull-approach").kind());
    }

    @Test
    void noProgrammeClaimsAnExpiryOrProvisionalDeliveryThatNoSourceGives() throws IOException {
        for (Programme programme : catalogue().values()) {
            assertNull(programme.accreditation().validityMonths(), programme.id());
            assertFalse(programme.accreditation().provisionalDeliveryWhenTrained(), programme.id());
            assertNull(programme.supervision().maxIntervalDays(), programme.id());
        }
    }

    @Test
    void readingTheCatalogueTwiceGivesEqualProgrammesAndFingerprints() throws IOException {
        List<Programme> first = reader.read(CATALOGUE);
        List<Programme> second = reader.read(CATALOGUE);

        assertEquals(first, second);
        assertEquals(
                first.stream().map(Programme::fingerprint).toList(),
                second.stream().map(Programme::fingerprint).toList());
        assertEquals(first.size(), first.stream().map(Programme::fingerprint).distinct().count(),
                "each programme has its own fingerprint");
    }
}
