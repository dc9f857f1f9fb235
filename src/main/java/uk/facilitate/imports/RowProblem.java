package uk.facilitate.imports;

import java.util.Comparator;
import uk.facilitate.shared.InvalidInput;

/**
 * What is wrong with an import file, located by line (the header is line 1, as a spreadsheet or
 * text editor counts) and column: "line 14, column professional_level: must be an RQF level from
 * 1 to 8 (was 9)". {@code column} is {@code null} for a problem with a whole line or the file.
 */
public record RowProblem(int line, String column, String message) {

    /** File order: by line (a stable sort keeps each line's problems in the order of the columns checked). */
    public static final Comparator<RowProblem> IN_FILE_ORDER = Comparator.comparingInt(RowProblem::line);

    /** "line 14, column professional_level", or "line 14". */
    public String where() {
        return column == null ? "line " + line : "line " + line + ", column " + column;
    }

    /** The same problem as the application's one validation failure type (field = where it is). */
    public InvalidInput.Problem toProblem() {
        return new InvalidInput.Problem(where(), message);
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
