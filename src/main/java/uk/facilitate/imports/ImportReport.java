package uk.facilitate.imports;

import java.util.List;

/**
 * What a check of an import file found: how many rows it read, every problem, and what an import
 * would add ({@code toAdd} staff or records, for {@code people} people).
 */
public record ImportReport(ImportKind kind, String fileName, int rowsRead, List<RowProblem> problems, int toAdd,
                           int people) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && rowsRead > 0;
    }
}
