package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether one rule is met on the verdict's date, and why, in words a practitioner can act on.
 *
 * @param explanation  plain English, e.g. "Your Incredible Years accreditation expired on 01/03/2027"
 * @param evidence     the record the engine relied on, e.g. "Accreditation #12, awarded 04/05/2025,
 *                     expires 03/05/2028"
 * @param validUntil   last day the rule stays met on the records as they stand; {@code null} when it is
 *                     not met or has no known end
 */
public record RuleOutcome(Rule rule, boolean met, String explanation, String evidence, LocalDate validUntil) {

    public RuleOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(evidence, "evidence");
        if (!met && validUntil != null) {
            throw new IllegalArgumentException("A rule that is not met has no validUntil");
        }
    }
}
