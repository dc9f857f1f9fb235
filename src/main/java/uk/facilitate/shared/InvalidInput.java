package uk.facilitate.shared;

import java.util.List;

/**
 * The one user-facing validation failure: which fields are wrong and why. Mapped once to JSF
 * messages and once to problem+json. Nothing has been changed when it is thrown.
 */
public class InvalidInput extends RuntimeException {

    /** One problem with one field (or line and column, for imports). */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field == null ? message : field + ": " + message;
        }
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("Invalid input"));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
