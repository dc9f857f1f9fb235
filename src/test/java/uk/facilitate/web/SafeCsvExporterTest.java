package uk.facilitate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.primefaces.component.export.ColumnValue;

class SafeCsvExporterTest {

    @Test
    void textCellsAreNeutralisedButNumbersStayNumbers() {
        assertEquals("'=HYPERLINK(\"x\")", SafeCsvExporter.neutralised(ColumnValue.of("=HYPERLINK(\"x\")")).getValue());
        assertEquals("'-3", SafeCsvExporter.neutralised(ColumnValue.of("-3")).getValue(), "text that looks like a number");
        assertEquals(-3, SafeCsvExporter.neutralised(ColumnValue.of(-3)).getValue(), "a number the app computed");
        assertEquals("Luton", SafeCsvExporter.neutralised(ColumnValue.of("Luton")).getValue());
        assertEquals("", SafeCsvExporter.neutralised(ColumnValue.of(null)).getValue());
    }
}
