package uk.facilitate.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The training catalogue could not be read. The message lists every problem found, one a line,
 * as {@code file:line: field: problem}, so one run shows an editor everything to fix.
 */
public class CatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public CatalogueException(List<Problem> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order and then line order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summarise(List<Problem> problems) {
        String heading = problems.size() == 1
                ? "The training catalogue has 1 problem:"
                : "The training catalogue has " + problems.size() + " problems:";
        return problems.stream()
                .map(problem -> "  " + problem)
                .collect(Collectors.joining("\n", heading + "\n", ""));
    }

    /**
     * One problem in one file.
     *
     * @param file    file name, e.g. {@code triple-p.yaml}
     * @param line    1-based line number (1 when the problem is with the file as a whole)
     * @param field   path of the field, e.g. {@code trainingPath[1].prerequisites[0]}
     * @param message what is wrong, in words an editor of the file understands
     */
    public record Problem(String file, int line, String field, String message) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + field + ": " + message;
        }
    }
}
