package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.facilitate.shared.NeedLevel;

/**
 * Whether a practitioner may facilitate a programme at a need level on a date, with every rule's
 * outcome so the answer can be explained rather than just shown.
 *
 * @param rules       one outcome per {@link Rule}, in the enum's order
 * @param nextChange  the first later day on which {@code qualified} flips; {@code null} when the records
 *                    show no change ahead
 */
public record Verdict(
        long staffId,
        String programmeId,
        String programmeName,
        NeedLevel needLevel,
        LocalDate on,
        boolean qualified,
        List<RuleOutcome> rules,
        NextChange nextChange) {

    public Verdict {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(needLevel, "needLevel");
        Objects.requireNonNull(on, "on");
        rules = List.copyOf(rules);
        if (nextChange != null && (nextChange.qualified() == qualified || !nextChange.date().isAfter(on))) {
            throw new IllegalArgumentException("The next change must flip the verdict after " + on);
        }
    }

    /**
     * Last day of an unbroken run of qualification that includes {@link #on()}. Empty when not qualified,
     * and also when qualified with no end in sight (check {@link #qualified()} to tell them apart).
     */
    public Optional<LocalDate> lastQualifiedDay() {
        return qualified && nextChange != null ? Optional.of(nextChange.lastDayBefore()) : Optional.empty();
    }

    public RuleOutcome outcome(Rule rule) {
        return rules.stream()
                .filter(outcome -> outcome.rule() == rule)
                .findFirst()
                .orElseThrow();
    }

    /** Explanations of the rules not met, in rule order; empty when qualified. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (RuleOutcome outcome : rules) {
            if (!outcome.met()) {
                missing.add(outcome.explanation());
            }
        }
        return missing;
    }

    /** One or two sentences for the practitioner, e.g. on their own dashboard. */
    public String summary() {
        String what = programmeName + " at " + needLevel.describe() + " on " + Wording.date(on);
        if (qualified) {
            if (nextChange == null) {
                return "You may facilitate " + what + ", with no end date in your records.";
            }
            return "You may facilitate " + what + ", until " + Wording.date(nextChange.lastDayBefore())
                    + " (" + nextChange.reason() + ").";
        }
        StringBuilder text = new StringBuilder("You may not facilitate ").append(what).append('.');
        for (String reason : missing()) {
            text.append(' ').append(reason).append('.');
        }
        if (nextChange != null) {
            text.append(" You may facilitate from ").append(Wording.date(nextChange.date()))
                    .append(" (").append(nextChange.reason()).append(").");
        }
        return text.toString();
    }
}
