package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.facilitate.qualification.EndKind;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.Rule;

/**
 * Finds where a forecast cell falls (its count drops between two forecast dates and ends below
 * target) and explains why from the qualified runs of the people in the cell: who was counted at
 * the earlier date and stopped being qualified before the later one, grouped by the rules that
 * ended their runs. Plain Java over the rows the cover query returns.
 */
public final class ForecastExplainer {

    /** A qualified run of one person in the cell; {@code until} is the last qualified day ({@code null}: no end). */
    public record Run(LocalDate from, LocalDate until, List<Rule> endCauses) {
        public Run {
            endCauses = List.copyOf(endCauses);
        }
    }

    /** People whose runs ended for the same reasons, and the first day each was no longer qualified. */
    public record Reason(List<Rule> causes, int people, List<LocalDate> firstDaysWithout, EndKind kind) {

        /** "two accreditations expire (hard end)", "supervision falls due for six (renewal due)". */
        public String text() {
            return CoverWording.lapses(causes, people) + " (" + kind().label() + ")";
        }
    }

    /**
     * A drop between two forecast dates that leaves the cell below target.
     *
     * @param belowTargetOn first day the count is below target, when it was at or above target at
     *                      {@code fromDate}; {@code null} when it was already below
     */
    public record Fall(LocalDate fromDate, int fromCount, LocalDate toDate, int toCount, int target,
                       LocalDate belowTargetOn, List<Reason> reasons) {

        /** "2 → 0 on 15/02/2027 (target 2): two accreditations expire". */
        public String describe() {
            String when = belowTargetOn != null ? "on " + CoverWording.date(belowTargetOn)
                    : "by " + CoverWording.date(toDate);
            List<String> why = reasons.stream().map(Reason::text).toList();
            return fromCount + " → " + toCount + " " + when + " (target " + target + ")"
                    + (why.isEmpty() ? "" : ": " + CoverWording.and(why));
        }
    }

    private ForecastExplainer() {
    }

    /** Whether any step of the counts drops and ends below target. */
    public static boolean falls(int[] counts, Integer target) {
        return firstFall(counts, target) > 0;
    }

    /** The index of the first date on which the count has dropped and is below target, or -1. */
    public static int firstFall(int[] counts, Integer target) {
        if (target == null) {
            return -1;
        }
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] < counts[k - 1] && counts[k] < target) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Every fall of one cell.
     *
     * @param dates   the forecast dates, ascending
     * @param counts  the cell's count on each date
     * @param runs    the cell's runs that start or end inside the forecast window (others change nothing)
     */
    public static List<Fall> explain(List<LocalDate> dates, int[] counts, Integer target, List<Run> runs) {
        return explain(dates, counts, target, runs, QualificationSettings.RENEWABLE_BY_DEFAULT);
    }

    /** As above, with the borough's renewals ({@code renewable}) telling a renewal due from a hard end. */
    public static List<Fall> explain(List<LocalDate> dates, int[] counts, Integer target, List<Run> runs,
                                     Set<Rule> renewable) {
        List<Fall> falls = new ArrayList<>();
        if (target == null) {
            return falls;
        }
        for (int k = 1; k < dates.size(); k++) {
            if (counts[k] >= counts[k - 1] || counts[k] >= target) {
                continue;
            }
            LocalDate before = dates.get(k - 1);
            LocalDate after = dates.get(k);
            Map<List<Rule>, List<LocalDate>> lapses = new LinkedHashMap<>();
            TreeMap<LocalDate, Integer> changes = new TreeMap<>();
            for (Run run : runs) {
                boolean endsInStep = run.until() != null && !run.until().isBefore(before) && run.until().isBefore(after);
                boolean startsInStep = run.from().isAfter(before) && !run.from().isAfter(after);
                if (endsInStep && !run.from().isAfter(before)) {
                    lapses.computeIfAbsent(run.endCauses(), c -> new ArrayList<>()).add(run.until().plusDays(1));
                }
                if (startsInStep) {
                    changes.merge(run.from(), 1, Integer::sum);
                }
                if (endsInStep && (startsInStep || !run.from().isAfter(before))) {
                    changes.merge(run.until().plusDays(1), -1, Integer::sum);
                }
            }
            LocalDate belowOn = null;
            if (counts[k - 1] >= target) {
                int level = counts[k - 1];
                for (Map.Entry<LocalDate, Integer> change : changes.entrySet()) {
                    level += change.getValue();
                    if (level < target) {
                        belowOn = change.getKey();
                        break;
                    }
                }
                if (belowOn == null) {
                    belowOn = after; // the runs did not account for the drop; say no more than the dates show
                }
            }
            List<Reason> reasons = new ArrayList<>();
            lapses.forEach((causes, days) -> reasons.add(new Reason(causes, days.size(), days.stream().sorted().toList(),
                    EndKind.of(causes, renewable))));
            reasons.sort((a, b) -> a.people() != b.people() ? b.people() - a.people()
                    : a.firstDaysWithout().get(0).compareTo(b.firstDaysWithout().get(0)));
            falls.add(new Fall(before, counts[k - 1], after, counts[k], target, belowOn, reasons));
        }
        return falls;
    }
}
