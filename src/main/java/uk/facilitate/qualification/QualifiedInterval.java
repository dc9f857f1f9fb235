package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A maximal run of days on which a practitioner is qualified, shaped for a table that SQL
 * queries as {@code from <= D AND (until IS NULL OR until >= D)}, with the reasons the run ends
 * so a forecast can say why cover drops without running the engine again.
 *
 * @param from       first qualified day (or the start of the window asked for, if earlier days qualify too)
 * @param until      last qualified day inclusive; {@code null} when nothing in the records ends it
 * @param endCauses  the rules that stop being met on the day after {@code until}, in rule order: exactly
 *                   the causes a verdict on {@code until} gives for its next change; empty when open-ended
 */
public record QualifiedInterval(LocalDate from, LocalDate until, List<Rule> endCauses) {

    public QualifiedInterval {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
        endCauses = endCauses == null ? List.of() : List.copyOf(endCauses);
        if (until == null && !endCauses.isEmpty()) {
            throw new IllegalArgumentException("A run with no end has no end causes");
        }
    }

    /** A run with no stated end causes, e.g. an expectation in a test that does not look at them. */
    public QualifiedInterval(LocalDate from, LocalDate until) {
        this(from, until, List.of());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /** "accreditation expires and DBS check due for renewal"; empty when the run has no end. */
    public String endReason() {
        return Wording.and(endCauses.stream().map(Rule::whenLost).toList());
    }
}
