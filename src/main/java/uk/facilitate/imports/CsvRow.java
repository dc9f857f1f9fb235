package uk.facilitate.imports;

import static uk.facilitate.platform.Text.blankToNull;

import java.util.Map;

/** One data row of an import file: the line it starts on and its values by column name. */
public record CsvRow(int line, Map<String, String> values) {

    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The value in this column, stripped; {@code null} when the column is absent or the cell is blank. */
    public String get(String column) {
        String value = values.get(column);
        return blankToNull(value);
    }
}
