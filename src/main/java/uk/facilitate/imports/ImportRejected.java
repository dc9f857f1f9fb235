package uk.facilitate.imports;

import java.util.List;
import uk.facilitate.shared.InvalidInput;

/**
 * An import refused because of problems in its file; nothing was written. An {@link InvalidInput},
 * so the API answers it as problem+json listing every problem ("line 14, column professional_level").
 */
public class ImportRejected extends InvalidInput {

    private final transient List<RowProblem> rowProblems;

    public ImportRejected(List<RowProblem> rowProblems) {
        super(rowProblems.stream().map(RowProblem::toProblem).toList());
        this.rowProblems = List.copyOf(rowProblems);
    }

    public List<RowProblem> rowProblems() {
        return rowProblems;
    }
}
