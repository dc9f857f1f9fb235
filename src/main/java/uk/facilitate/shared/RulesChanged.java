package uk.facilitate.shared;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Announced (a CDI event) when the rules that decide who may facilitate change: one programme's
 * catalogue entry or local settings, or everything (a new catalogue, the borough-wide settings, a
 * loaded borough). Observers run in the announcer's transaction and report progress as they go.
 *
 * @param programmeId the programme whose rules changed; empty when every programme's may have
 * @param progress    told what has been done so far, in words, while observers work
 */
public record RulesChanged(Optional<String> programmeId, Consumer<String> progress) {

    public static RulesChanged forProgramme(String programmeId, Consumer<String> progress) {
        return new RulesChanged(Optional.of(programmeId), progress);
    }

    public static RulesChanged forEveryProgramme(Consumer<String> progress) {
        return new RulesChanged(Optional.empty(), progress);
    }
}
