package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.catalogue.Programme.TrainingStep;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.shared.AccreditationStage;

class PrerequisitesTest {

    private final Programme groupTeen = RealCatalogue.get("triple-p-group-teen");

    @Test
    void accreditationDaysWithoutTheThreeTrainingDaysAreRefusedWithTheReason() {
        List<TrainingStep> accreditationOnly = Prerequisites.delivered(groupTeen, List.of("accreditation"));

        Optional<String> refusal = Prerequisites.refusal("Jade Bennett", groupTeen, accreditationOnly, Set.of());

        assertEquals(Optional.of("Jade Bennett has no Triple P provider training recorded:"
                + " the Triple P accreditation step needs it first"), refusal);
    }

    @Test
    void aTrainedOrAccreditedRecordMeetsThePrerequisite() {
        List<TrainingStep> accreditationOnly = Prerequisites.delivered(groupTeen, List.of("accreditation"));

        assertTrue(Prerequisites.refusal("Jade Bennett", groupTeen, accreditationOnly, Set.of(AccreditationStage.TRAINED)).isEmpty());
        assertTrue(Prerequisites.refusal("Jade Bennett", groupTeen, accreditationOnly, Set.of(AccreditationStage.ACCREDITED)).isEmpty());
    }

    @Test
    void anEventThatAlsoDeliversThePrerequisiteNeedsNothingBeforehand() {
        List<TrainingStep> both = Prerequisites.delivered(groupTeen, List.of("accreditation", "provider-training"));

        assertEquals(List.of("provider-training", "accreditation"), both.stream().map(TrainingStep::id).toList(),
                "steps come back in the path's order");
        assertTrue(Prerequisites.refusal("Jade Bennett", groupTeen, both, Set.of()).isEmpty());
        assertEquals(AccreditationStage.ACCREDITED, Prerequisites.awarded(both));
        assertEquals(AccreditationStage.TRAINED, Prerequisites.awarded(Prerequisites.delivered(groupTeen, List.of("provider-training"))));
    }

    @Test
    void aStepThePathLacksIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Prerequisites.delivered(groupTeen, List.of("foundation-training")));
        assertTrue(e.getMessage().contains("provider-training, accreditation"), e.getMessage());
    }
}
