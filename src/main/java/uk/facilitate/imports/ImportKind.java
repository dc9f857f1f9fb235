package uk.facilitate.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.facilitate.platform.SpreadsheetText;

/** The two imports: staff, and existing accreditation records. */
public enum ImportKind {
    STAFF("staff", "Staff", StaffCsv.COLUMNS,
            "One row per person, from an HR export. Adds new people only; organisations, localities and settings"
                    + " must already be in Facilitate."),
    ACCREDITATIONS("accreditations", "Accreditation records", AccreditationCsv.COLUMNS,
            "One row per accreditation record kept before Facilitate. Everyone must already be on the staff list;"
                    + " imported records count as verified by you.");

    private final String slug;
    private final String title;
    private final List<Column> columns;
    private final String summary;

    ImportKind(String slug, String title, List<Column> columns, String summary) {
        this.slug = slug;
        this.title = title;
        this.columns = columns;
        this.summary = summary;
    }

    /** The name in URLs and file names: {@code staff}, {@code accreditations}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public String summary() {
        return summary;
    }

    public String templateFileName() {
        return "facilitate-" + slug + "-template.csv";
    }

    /**
     * The downloadable template: comment lines describing each column (ignored on import), the
     * header row and one example row. UTF-8 with a byte order mark, so Excel reads it correctly.
     */
    public String template() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        out.write("# Facilitate " + title.toLowerCase() + " import template. Lines starting with # are ignored.\n");
        out.write("# " + summary + "\n");
        out.write("# Dates: dd/MM/yyyy (24/11/2026) or yyyy-MM-dd (2026-11-24). Several values in one cell: separate them"
                + " with " + CsvValues.LIST_SEPARATOR + "\n");
        out.write("# Put values containing commas in double quotes. The whole file is imported, or nothing is.\n");
        for (Column column : columns) {
            out.write("# " + column.name() + (column.required() ? " (required): " : ": ") + column.description() + "\n");
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            // Our own constant text, but it goes through the same guard as every CSV the app writes.
            printer.printRecord(columns.stream().map(Column::name).map(SpreadsheetText::neutralise).toList());
            printer.printRecord(columns.stream().map(Column::example).map(SpreadsheetText::neutralise).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
