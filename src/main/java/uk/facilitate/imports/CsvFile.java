package uk.facilitate.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import file read as CSV (RFC 4180: comma-separated, values with commas, quotes or line breaks
 * in double quotes), its header checked against the columns the import understands. Lines starting
 * with {@code #} are comments (the templates describe their columns that way); blank lines are
 * skipped; a UTF-8 byte order mark (as Excel's "CSV UTF-8" writes) is ignored. Header names are
 * matched ignoring case, spaces and hyphens ("Employee Ref" is {@code employee_ref}).
 * Every problem found is kept, with the line it is on, so a user can fix the whole file at once.
 */
public final class CsvFile {

    /** The most data rows one file may hold (a borough's whole workforce fits with room to spare). */
    public static final int MAX_ROWS = 20_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private final List<CsvRow> rows;
    private final List<RowProblem> problems;

    private CsvFile(List<CsvRow> rows, List<RowProblem> problems) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    /**
     * Decodes an uploaded file: UTF-8 (with or without a byte order mark); a file that is not
     * valid UTF-8 is read as Windows-1252, which is what older Excel versions save as "CSV".
     */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    public static CsvFile read(byte[] bytes, List<Column> columns) {
        return read(decode(bytes), columns);
    }

    /** Reads {@code text} (already decoded) against the columns an import understands. */
    public static CsvFile read(String text, List<Column> columns) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineNumbers lines = new LineNumbers(content);
        List<RowProblem> problems = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(new RowProblem(1, null, "the file is empty: the first line must name the columns, e.g. "
                        + columns.stream().filter(Column::required).map(Column::name).collect(Collectors.joining(","))));
                return new CsvFile(rows, problems);
            }
            CSVRecord headerRecord = records.next();
            int headerLine = lines.lineAt(headerRecord.getCharacterPosition());
            List<String> header = checkHeader(headerRecord, headerLine, columns, problems);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lines.lineAt(record.getCharacterPosition());
                if (rows.size() == MAX_ROWS) {
                    problems.add(new RowProblem(line, null, "the file has more than " + MAX_ROWS
                            + " rows: split it into smaller files and import them one after another"));
                    break;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a line of spaces only
                }
                if (record.size() != header.size()) {
                    problems.add(new RowProblem(line, null, "has " + record.size() + " value" + (record.size() == 1 ? "" : "s")
                            + " but the header has " + header.size() + " columns: check for a missing or extra comma,"
                            + " and put values containing commas in double quotes"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i) != null) {
                        values.put(header.get(i), record.get(i));
                    }
                }
                rows.add(new CsvRow(line, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote as "(startline N) EOF reached before encapsulated token finished".
            problems.add(new RowProblem(unclosedQuoteLine(e, rows), null, "a value opened with a double quote is never"
                    + " closed: check the quotes on this line (a quote inside a quoted value is written twice: \"\")"));
        }
        return new CsvFile(rows, problems);
    }

    /** The data rows, in file order (rows with the wrong number of values are left out and reported). */
    public List<CsvRow> rows() {
        return rows;
    }

    /** Problems with the file itself: its header, quoting, and rows that could not be split into columns. */
    public List<RowProblem> problems() {
        return problems;
    }

    /** Header names as columns; {@code null} at positions whose name is unknown or repeated (reported). */
    private static List<String> checkHeader(CSVRecord headerRecord, int line, List<Column> columns, List<RowProblem> problems) {
        Map<String, Column> known = new HashMap<>();
        columns.forEach(c -> known.put(c.name(), c));
        List<String> header = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String raw : headerRecord) {
            String name = normalise(raw);
            if (name.isEmpty()) {
                problems.add(new RowProblem(line, null, "column " + (header.size() + 1) + " has no name in the header"));
                header.add(null);
            } else if (!known.containsKey(name)) {
                problems.add(new RowProblem(line, raw, "unknown column; the columns are "
                        + columns.stream().map(Column::name).collect(Collectors.joining(", "))));
                header.add(null);
            } else if (!seen.add(name)) {
                problems.add(new RowProblem(line, name, "the column appears twice in the header"));
                header.add(null);
            } else {
                header.add(name);
            }
        }
        for (Column column : columns) {
            if (column.required() && !seen.contains(column.name())) {
                problems.add(new RowProblem(line, column.name(), "required column is missing from the header"));
            }
        }
        return header;
    }

    /** "Employee Ref" → "employee_ref". */
    static String normalise(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static int unclosedQuoteLine(RuntimeException e, List<CsvRow> rows) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("startline (\\d+)").matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return rows.isEmpty() ? 2 : rows.get(rows.size() - 1).line() + 1;
    }

    /**
     * Maps a record's character position to the line it starts on (1-based), so quoted line breaks
     * do not shift the numbers. Commons CSV gives the position before any comment or blank lines
     * that precede the record, so those are stepped over.
     */
    private static final class LineNumbers {
        private final String text;
        private final int[] lineStarts;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int found = Arrays.binarySearch(lineStarts, (int) position);
            int line = found >= 0 ? found + 1 : -found - 1;
            while (line < lineStarts.length && skipped(line)) {
                line++;
            }
            return line;
        }

        /** A comment line or a blank line, which Commons CSV passes over before a record. */
        private boolean skipped(int line) {
            int start = lineStarts[line - 1];
            int end = line < lineStarts.length ? lineStarts[line] : text.length();
            String content = text.substring(start, end);
            return content.isBlank() || content.startsWith("#");
        }
    }
}
