package uk.facilitate.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import uk.facilitate.platform.SpreadsheetText;

/**
 * PrimeFaces' CSV export of a data table with every text cell and header neutralised against
 * formula injection ({@link SpreadsheetText}); PrimeFaces already quotes every cell. Registered for
 * {@code <p:dataExporter type="csv">} on every table by {@link CsvExportRegistration}.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue columnValue, int index) {
        super.exportColumnFacetValue(context, table, neutralised(columnValue), index);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn col, ColumnValue columnValue,
                                   int index) {
        super.exportCellValue(context, table, col, neutralised(columnValue), index);
    }

    /**
     * Numbers stay as they are: an export value the app computes as a number (a level, a count, a
     * negative shortfall) cannot carry a formula, and a quote in front would turn it into text in
     * the spreadsheet. Anything else (names, refs, labels) is text that people typed or imported.
     */
    static ColumnValue neutralised(ColumnValue columnValue) {
        if (columnValue == null || columnValue.getValue() instanceof Number) {
            return columnValue;
        }
        return ColumnValue.of(SpreadsheetText.neutralise(columnValue.toString()));
    }
}
