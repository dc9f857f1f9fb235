package uk.facilitate.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.catalogue.CatalogueException.Problem;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/** Validation of catalogue files: each broken file is refused with file, line and field. */
class CatalogueReaderTest {

    private final CatalogueReader reader = new CatalogueReader();

    /** A small, valid programme file: every later test breaks one thing in a copy of it. */
    private static final String SOLIHULL_GROUP = """
            id: solihull-group
            name: Solihull parenting group
            kind: programme
            needLevels: [1, 2, 3]
            deliveryFormats: [group, home-visit]
            groupSize: 12
            trainingPath:
              - id: foundation
                name: Foundation training
                kind: course
                days: 2
                awards: trained
              - id: assessment
                name: Assessed practice
                kind: accreditation
                awards: accredited
                prerequisites: [foundation]
            supervision:
              required: true
              kinds: [individual, video-review]
              maxIntervalDays: 90
            minimumProfessionalLevel:
              3: 6
            evidenceRating: "2"
            costRating: 1
            sources:
              - fact: needLevels
                document: Luton Flying Start
              - fact: deliveryFormats
                document: Solihull Approach code of practice
              - fact: groupSize
                document: Solihull Approach code of practice
              - fact: trainingPath
                document: Solihull Approach code of practice
              - fact: supervision
                document: A borough's decision, for this test
              - fact: minimumProfessionalLevel
                document: Fairfield Thriving Families
              - fact: evidenceRating
                document: EIF Guidebook
              - fact: costRating
                document: EIF Guidebook
            """;

    private List<Problem> problemsReading(String fileName, String content) {
        CatalogueException refused = assertThrows(CatalogueException.class,
                () -> reader.read(List.of(new CatalogueFile(fileName, content))));
        return refused.problems();
    }

    private static void assertReported(List<Problem> problems, String fileLineField, String words) {
        assertTrue(problems.stream().anyMatch(problem -> problem.toString().startsWith(fileLineField + ": ")
                        && problem.message().contains(words)),
                () -> "expected '" + fileLineField + ": …" + words + "…' among " + problems);
    }

    @Test
    void aValidFileReadsIntoAProgrammeWithItsRules() {
        Programme programme = reader.read(List.of(new CatalogueFile("solihull-group.yaml", SOLIHULL_GROUP))).get(0);

        assertEquals("solihull-group", programme.id());
        assertEquals(Set.of(NeedLevel.UNIVERSAL, NeedLevel.TARGETED, NeedLevel.COMPLEX), programme.needLevels());
        assertEquals(List.of("foundation"), programme.step("assessment").orElseThrow().prerequisites());
        assertEquals(90, ProgrammeRules.of(programme).supervisionMaxIntervalDays());
        assertEquals(Set.of(SupervisionKind.INDIVIDUAL, SupervisionKind.VIDEO_REVIEW), ProgrammeRules.of(programme).supervisionKinds());
        assertEquals(6, ProgrammeRules.of(programme).minimumProfessionalLevel().get(NeedLevel.COMPLEX));
        assertEquals(2, programme.evidenceRating().level());
    }

    @Test
    void aNeedLevelOfFiveIsRefusedNamingFileLineAndField() {
        String broken = SOLIHULL_GROUP.replace("needLevels: [1, 2, 3]", "needLevels: [1, 2, 5]");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:4: needLevels[2]", "must be 1, 2, 3 or 4 (was 5)");
    }

    @Test
    void aFileWithoutAnIdIsRefused() {
        String broken = SOLIHULL_GROUP.replace("id: solihull-group\n", "");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:1: id", "missing");
    }

    @Test
    void anUnknownFieldIsRefusedWithTheNearestKnownName() {
        String broken = SOLIHULL_GROUP.replace("groupSize: 12", "groupSize: 12\nfacilitatorPerGroup: 2");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:7: facilitatorPerGroup", "unknown field (did you mean facilitatorsPerGroup?)");
    }

    @Test
    void anUnknownFieldInsideATrainingStepIsRefused() {
        String broken = SOLIHULL_GROUP.replace("    days: 2\n", "    days: 2\n    hours: 12\n");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:12: trainingPath[0].hours", "unknown field");
    }

    @Test
    void anEvidenceRatingOffTheEifScaleIsRefused() {
        String broken = SOLIHULL_GROUP.replace("evidenceRating: \"2\"", "evidenceRating: 5+");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:24: evidenceRating", "'5+' is not an EIF evidence rating");
    }

    @Test
    void aCostRatingAboveFiveIsRefused() {
        String broken = SOLIHULL_GROUP.replace("costRating: 1", "costRating: 6");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:25: costRating", "must be 1, 2, 3, 4 or 5 (was 6)");
    }

    @Test
    void anUnknownDeliveryFormatOrSupervisionKindIsRefusedListingTheAllowedValues() {
        String broken = SOLIHULL_GROUP
                .replace("[group, home-visit]", "[group, webinar]")
                .replace("[individual, video-review]", "[individual, coaching]");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:5: deliveryFormats[1]", "'webinar' is not one of: group, one-to-one");
        assertReported(problems, "solihull-group.yaml:20: supervision.kinds[1]", "'coaching' is not one of: individual, group, peer-consultation, video-review");
    }

    @Test
    void aPrerequisiteNamingNoStepIsRefused() {
        String broken = SOLIHULL_GROUP.replace("prerequisites: [foundation]", "prerequisites: [foundations]");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:17: trainingPath[1].prerequisites[0]", "unknown step 'foundations'");
    }

    @Test
    void aPrerequisiteThatComesLaterInThePathIsRefused() {
        String broken = SOLIHULL_GROUP.replace("    awards: trained\n", "    awards: trained\n    prerequisites: [assessment]\n");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:13: trainingPath[0].prerequisites[0]", "comes later in the path");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        String broken = SOLIHULL_GROUP.replace("groupSize: 12", "groupSize: twelve")
                .replace("required: true", "required: yes please");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:6: groupSize", "expected a whole number");
        assertReported(problems, "solihull-group.yaml:19: supervision.required", "expected true or false");
    }

    @Test
    void anIdThatDiffersFromTheFileNameIsRefused() {
        List<Problem> problems = problemsReading("solihull.yaml", SOLIHULL_GROUP);

        assertReported(problems, "solihull.yaml:1: id", "does not match the file name");
    }

    @Test
    void twoFilesWithTheSameIdAreRefused() {
        CatalogueException refused = assertThrows(CatalogueException.class, () -> reader.read(List.of(
                new CatalogueFile("solihull-group.yaml", SOLIHULL_GROUP),
                new CatalogueFile("solihull-group.yml", SOLIHULL_GROUP))));

        assertReported(refused.problems(), "solihull-group.yml:1: id", "already the id of solihull-group.yaml");
    }

    @Test
    void aFactWithoutASourceIsRefused() {
        String broken = SOLIHULL_GROUP.replace("""
                  - fact: groupSize
                    document: Solihull Approach code of practice
                """, "");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:6: groupSize", "no entry in sources cites this fact");
    }

    @Test
    void aMinimumLevelAtANeedLevelTheProgrammeDoesNotServeIsRefused() {
        String broken = SOLIHULL_GROUP.replace("  3: 6", "  4: 6");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertReported(problems, "solihull-group.yaml:23: minimumProfessionalLevel.4", "not among the programme's needLevels");
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        String broken = SOLIHULL_GROUP.replace("groupSize: 12", "groupSize: [12");

        List<Problem> problems = problemsReading("solihull-group.yaml", broken);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("solihull-group.yaml:"), problems.toString());
        assertEquals("yaml", problems.get(0).field());
    }

    @Test
    void everyProblemInEveryFileIsReportedTogether() {
        String missingName = SOLIHULL_GROUP.replace("name: Solihull parenting group\n", "");
        String badLevelAndRating = SOLIHULL_GROUP.replace("solihull-group", "other-group")
                .replace("[1, 2, 3]", "[0, 2, 3]").replace("costRating: 1", "costRating: 0");

        CatalogueException refused = assertThrows(CatalogueException.class, () -> reader.read(List.of(
                new CatalogueFile("solihull-group.yaml", missingName),
                new CatalogueFile("other-group.yaml", badLevelAndRating))));

        assertEquals(3, refused.problems().size(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("The training catalogue has 3 problems:\n"));
        assertTrue(refused.getMessage().contains("\n  solihull-group.yaml:1: name: missing"), refused.getMessage());
        assertTrue(refused.getMessage().contains("\n  other-group.yaml:4: needLevels[0]: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("\n  other-group.yaml:25: costRating: "), refused.getMessage());
    }

    @Test
    void theFingerprintIgnoresLayoutAndCommentsButNotContent() {
        Programme original = reader.read(List.of(new CatalogueFile("solihull-group.yaml", SOLIHULL_GROUP))).get(0);
        String relaidOut = "# a comment\n" + SOLIHULL_GROUP
                .replace("kind: programme\n", "")
                .replace("groupSize: 12", "groupSize: 12   # up to twelve parents\nkind: programme")
                .replace("needLevels: [1, 2, 3]", "needLevels:\n  - 1\n  - 2\n  - 3");
        String changed = SOLIHULL_GROUP.replace("groupSize: 12", "groupSize: 10");

        Programme relaid = reader.read(List.of(new CatalogueFile("solihull-group.yaml", relaidOut))).get(0);
        Programme edited = reader.read(List.of(new CatalogueFile("solihull-group.yaml", changed))).get(0);

        assertEquals(original, relaid);
        assertEquals(original.fingerprint(), relaid.fingerprint());
        assertNotEquals(original.fingerprint(), edited.fingerprint());
        assertEquals(64, original.fingerprint().length());
    }

    @Test
    void aProgrammesCollectionsCannotBeChanged() {
        Programme programme = reader.read(List.of(new CatalogueFile("solihull-group.yaml", SOLIHULL_GROUP))).get(0);

        assertThrows(UnsupportedOperationException.class, () -> programme.needLevels().add(NeedLevel.SPECIALIST));
        assertThrows(UnsupportedOperationException.class, () -> programme.trainingPath().clear());
        assertThrows(UnsupportedOperationException.class, () -> programme.minimumProfessionalLevel().put(NeedLevel.SPECIALIST, 7));
        assertThrows(UnsupportedOperationException.class, () -> programme.sources().clear());
    }
}
