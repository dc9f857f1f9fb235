package uk.facilitate.cohort.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.facilitate.catalogue.Programme.TrainingStep;
import uk.facilitate.catalogue.Programme;
import uk.facilitate.shared.AccreditationStage;

/**
 * Checks a nomination against the programme's training path: every step the event delivers needs
 * its prerequisite steps either delivered by the same event or already behind the person, which
 * means they hold a record at the stage the prerequisite awards (or a later one).
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /**
     * The steps an event delivers, in training-path order; refuses ids the path lacks.
     *
     * @throws IllegalArgumentException naming the unknown step
     */
    public static List<TrainingStep> delivered(Programme programme, Collection<String> stepIds) {
        for (String id : stepIds) {
            if (programme.step(id).isEmpty()) {
                throw new IllegalArgumentException("'" + id + "' is not a step of " + programme.name() + "'s training path ("
                        + String.join(", ", programme.trainingPath().stream().map(TrainingStep::id).toList()) + ")");
            }
        }
        return programme.trainingPath().stream().filter(step -> stepIds.contains(step.id())).toList();
    }

    /** The stage the event awards: that of the last step it delivers. */
    public static AccreditationStage awarded(List<TrainingStep> delivered) {
        return delivered.get(delivered.size() - 1).awards();
    }

    /**
     * Why this person may not be nominated, or empty when every prerequisite is met.
     *
     * @param heldStages the stages the person holds records at for this programme (trained, accredited),
     *                   not counting rejected records
     */
    public static Optional<String> refusal(String personName, Programme programme, List<TrainingStep> delivered,
                                           Set<AccreditationStage> heldStages) {
        List<String> deliveredIds = delivered.stream().map(TrainingStep::id).toList();
        List<String> missing = new ArrayList<>();
        for (TrainingStep step : delivered) {
            for (String prerequisiteId : step.prerequisites()) {
                if (deliveredIds.contains(prerequisiteId)) {
                    continue;
                }
                TrainingStep prerequisite = programme.step(prerequisiteId).orElseThrow();
                if (!holds(heldStages, prerequisite.awards())) {
                    missing.add(personName + " has no " + prerequisite.name() + " recorded: the " + step.name()
                            + " step needs it first");
                }
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }

    /** A record at a stage counts for that stage and every earlier one (accredited implies trained). */
    static boolean holds(Set<AccreditationStage> heldStages, AccreditationStage needed) {
        // Accredited includes trained; other stages (enrolled, lapsed, revoked) never meet a prerequisite.
        return heldStages.contains(needed)
                || needed == AccreditationStage.TRAINED && heldStages.contains(AccreditationStage.ACCREDITED);
    }
}
