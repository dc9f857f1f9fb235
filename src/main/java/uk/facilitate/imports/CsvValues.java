package uk.facilitate.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.facilitate.platform.AcceptedDates;

/**
 * Reads the typed values of import rows and reports what is wrong in words a user can act on.
 * Each reader returns {@code null} and adds a {@link RowProblem} when the value is unusable.
 */
final class CsvValues {

    /** Separates several values in one cell, e.g. {@code NORTH;EAST} (a comma would split the cell). */
    static final String LIST_SEPARATOR = ";";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_DATE_SHORT = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private final CsvRow row;
    private final List<RowProblem> problems;

    CsvValues(CsvRow row, List<RowProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    void problem(String column, String message) {
        problems.add(new RowProblem(row.line(), column, message));
    }

    /** The text, checked for presence and length. */
    String text(String column, boolean required, int maxLength) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                problem(column, "is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, "must be at most " + maxLength + " characters (was " + value.length() + ")");
            return null;
        }
        return value;
    }

    /** A date as dd/MM/yyyy (24/11/2026, also 4/3/2026) or ISO yyyy-MM-dd (2026-11-24). */
    LocalDate date(String column, boolean required) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                problem(column, "is required: a date like 24/11/2026");
            }
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            problem(column, "must be a date like 24/11/2026 (dd/MM/yyyy) or 2026-11-24 (was '" + value + "')");
        } else if (!AcceptedDates.accepts(date)) {
            problem(column, "is out of range: " + AcceptedDates.RULE.toLowerCase(Locale.ROOT) + " (was '" + value + "')");
            return null;
        }
        return date;
    }

    static LocalDate parseDate(String value) {
        for (DateTimeFormatter format : List.of(UK_DATE, UK_DATE_SHORT, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return null;
    }

    /** A whole number within bounds; {@code what} completes "must be …". */
    Integer number(String column, int min, int max, String what) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(column, "must be " + what + " (was " + value + ")");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column, "must be " + what + " (was '" + value + "')");
            return null;
        }
    }

    /** yes/no, y/n, true/false or 1/0; blank is no. */
    boolean yesNo(String column) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> {
                return true;
            }
            case "no", "n", "false", "0" -> {
                return false;
            }
            default -> {
                problem(column, "must be yes or no (was '" + value + "')");
                return false;
            }
        }
    }

    /** The cell split at {@value #LIST_SEPARATOR}, blanks and repeats dropped, in order. */
    List<String> list(String column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(LIST_SEPARATOR)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return new ArrayList<>(items);
    }

    /** A date as users in England read it: 24/11/2026. */
    static String uk(LocalDate date) {
        return UK_DATE.format(date);
    }

    /** Case-insensitive key for matching names and codes. */
    static String key(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
