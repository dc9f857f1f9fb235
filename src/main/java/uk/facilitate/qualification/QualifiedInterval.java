package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A maximal run of days on which a practitioner is qualified, shaped for a table that SQL
 * queries as {@code from <= D AND (until IS NULL OR until >= D)}.
 *
 * @param from   first qualified day (or the start of the window asked for, if earlier days qualify too)
 * @param until  last qualified day inclusive; {@code null} when nothing in the records ends it
 */
public record QualifiedInterval(LocalDate from, LocalDate until) {

    public QualifiedInterval {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
