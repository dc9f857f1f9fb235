package uk.facilitate.qualification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What I can facilitate": a person's verdicts grouped by programme so they read as a short list.
 * Need levels with the same outcome share a line ("Need levels 1 and 2: qualified until
 * 09/01/2027: DBS check due for renewal"), and the reasons for the others are the engine's own
 * explanations ({@link Verdict#missing()}), so the panel never judges anything itself.
 */
public final class FacilitationPanel {

    private FacilitationPanel() {
    }

    /**
     * One or more need levels of a programme with the same outcome.
     *
     * @param levels   "Need level 2 (targeted)" or "Need levels 1 and 2"
     * @param headline "Qualified until 09/01/2027: DBS check due for renewal", or "Not qualified"
     * @param reasons  what is missing, in the engine's words; empty when qualified
     */
    public record Line(List<Integer> needLevels, String levels, boolean qualified, String headline,
                       List<String> reasons) implements Serializable {
        public Line {
            needLevels = List.copyOf(needLevels);
            reasons = List.copyOf(reasons);
        }
    }

    /** A programme's lines (qualified first) and any notes about it (e.g. a record awaiting verification). */
    public record ProgrammeVerdicts(String programmeId, String programmeName, List<Line> lines, List<String> notes)
            implements Serializable {
        public ProgrammeVerdicts {
            lines = List.copyOf(lines);
            notes = List.copyOf(notes);
        }

        public boolean isAnyQualified() {
            return lines.stream().anyMatch(Line::qualified);
        }
    }

    /**
     * Groups verdicts (one per programme and need level, as {@link QualificationEngine#assessAll} gives
     * them) by programme: programmes where the person is qualified somewhere come first, then the
     * rest, each in the order given. {@code notes} are added to their programme.
     */
    public static List<ProgrammeVerdicts> group(List<Verdict> verdicts, Map<String, List<String>> notes) {
        Map<String, List<Verdict>> byProgramme = new LinkedHashMap<>();
        verdicts.forEach(v -> byProgramme.computeIfAbsent(v.programmeId(), id -> new ArrayList<>()).add(v));
        List<ProgrammeVerdicts> groups = new ArrayList<>();
        byProgramme.forEach((id, list) -> groups.add(new ProgrammeVerdicts(id, list.get(0).programmeName(),
                lines(list), notes.getOrDefault(id, List.of()))));
        groups.sort(Comparator.comparing((ProgrammeVerdicts g) -> !g.isAnyQualified())); // stable: keeps the order
        return groups;
    }

    private static List<Line> lines(List<Verdict> verdicts) {
        Map<Key, List<Integer>> levels = new LinkedHashMap<>();
        verdicts.stream()
                .sorted(Comparator.comparing((Verdict v) -> !v.qualified()).thenComparing(v -> v.needLevel().number()))
                .forEach(v -> levels.computeIfAbsent(key(v), k -> new ArrayList<>()).add(v.needLevel().number()));
        List<Line> lines = new ArrayList<>();
        levels.forEach((key, numbers) -> lines.add(new Line(numbers, describeLevels(numbers, verdicts), key.qualified(),
                key.headline(), key.reasons())));
        return lines;
    }

    private record Key(boolean qualified, String headline, List<String> reasons) {
    }

    private static Key key(Verdict v) {
        if (v.qualified()) {
            // Named as a routine renewal or a hard end, so a staff member knows whether a booking will do.
            return new Key(true, v.nextChange() == null ? "Qualified, with no end date in the records"
                    : v.nextChange().describe() + " (" + v.nextChange().endKind().label() + ")", List.of());
        }
        String headline = v.nextChange() == null ? "Not qualified"
                : "Not qualified yet. " + v.nextChange().describe();
        return new Key(false, headline, v.missing());
    }

    /** "Need level 2 (targeted)", "Need levels 1 and 2", "Need levels 1, 2 and 3". */
    private static String describeLevels(List<Integer> numbers, List<Verdict> verdicts) {
        if (numbers.size() == 1) {
            return verdicts.stream().filter(v -> v.needLevel().number() == numbers.get(0)).findFirst()
                    .map(v -> "N" + v.needLevel().describe().substring(1)).orElseThrow();
        }
        return "Need levels " + Wording.and(numbers.stream().map(String::valueOf).toList());
    }
}
