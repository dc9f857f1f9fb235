package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The first day after a verdict's date on which the verdict flips, and which rules cause it.
 *
 * @param date       first day with the other verdict
 * @param qualified  the verdict from {@code date} on
 * @param causes     the rules that stop (or start) being met on {@code date}, never empty
 */
public record NextChange(LocalDate date, boolean qualified, List<Rule> causes, EndKind endKind) {

    /**
     * @param endKind for a lapse, whether it is a hard end or a renewal falling due (as the borough counts
     *                renewals); {@code null} when the change is a start
     */
    public NextChange {
        Objects.requireNonNull(date, "date");
        causes = List.copyOf(causes);
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("A change needs a cause");
        }
        if (qualified != (endKind == null)) {
            throw new IllegalArgumentException("A lapse has a kind of end, a start none");
        }
    }

    /** A change with the default renewals (supervision, DBS, safeguarding). */
    public NextChange(LocalDate date, boolean qualified, List<Rule> causes) {
        this(date, qualified, causes, qualified ? null : EndKind.of(causes));
    }

    /** "accreditation expires", or "supervision falls due and DBS check due for renewal". */
    public String reason() {
        List<String> phrases = causes.stream()
                .map(rule -> qualified ? rule.whenGained() : rule.whenLost())
                .collect(Collectors.toList());
        return Wording.and(phrases);
    }

    /** Last day of the current verdict: the day before {@link #date()}. */
    public LocalDate lastDayBefore() {
        return date.minusDays(1);
    }

    /** "Qualified until 01/03/2027: accreditation expires" or "Qualified from 02/05/2026: accreditation starts". */
    public String describe() {
        return qualified
                ? "Qualified from " + Wording.date(date) + ": " + reason()
                : "Qualified until " + Wording.date(lastDayBefore()) + ": " + reason();
    }
}
