package uk.facilitate.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final List<Column> COLUMNS = List.of(
            Column.required("employee_ref", "", ""),
            Column.required("given_name", "", ""),
            Column.optional("setting_names", "", ""));

    @Test
    void readsRowsWithTheLineEachStartsOnCountingTheHeaderAsLineOne() {
        CsvFile file = CsvFile.read("employee_ref,given_name\nE1,Amira\nE2,Grace\n", COLUMNS);

        assertEquals(List.of(), file.problems());
        assertEquals(2, file.rows().size());
        assertEquals(2, file.rows().get(0).line());
        assertEquals("Grace", file.rows().get(1).get("given_name"));
        assertEquals(3, file.rows().get(1).line());
    }

    @Test
    void aByteOrderMarkAsExcelWritesIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "employee_ref,given_name\r\nE1,Zoë\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        CsvFile file = CsvFile.read(bytes, COLUMNS);

        assertEquals(List.of(), file.problems(), "the BOM is not part of the first column's name");
        assertEquals("E1", file.rows().get(0).get("employee_ref"));
        assertEquals("Zoë", file.rows().get(0).get("given_name"));
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252AsOlderExcelSavesIt() {
        byte[] bytes = "employee_ref,given_name\nE1,Zoë\n".getBytes(Charset.forName("windows-1252"));

        assertEquals("Zoë", CsvFile.read(bytes, COLUMNS).rows().get(0).get("given_name"));
    }

    @Test
    void quotedValuesMayHoldCommasQuotesAndLineBreaksWithoutShiftingLineNumbers() {
        String text = "employee_ref,given_name,setting_names\n"
                + "E1,\"O'Brien, Mary\",\"Ashgrove Children's Centre;\"\"The Hub\"\"\"\n"
                + "E2,\"Two\nLines\",\n"
                + "E3,Joy,\n";

        CsvFile file = CsvFile.read(text, COLUMNS);

        assertEquals(List.of(), file.problems());
        assertEquals("O'Brien, Mary", file.rows().get(0).get("given_name"));
        assertEquals("Ashgrove Children's Centre;\"The Hub\"", file.rows().get(0).get("setting_names"));
        assertEquals(List.of(2, 3, 5), file.rows().stream().map(CsvRow::line).toList(), "E3 is on line 5");
    }

    @Test
    void commentAndBlankLinesAreSkippedButStillCounted() {
        String text = "# a template's description\n# another\nemployee_ref,given_name\n\nE1,Amira\n# note\nE2,Grace\n";

        CsvFile file = CsvFile.read(text, COLUMNS);

        assertEquals(List.of(), file.problems());
        assertEquals(List.of(5, 7), file.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void headerNamesAreMatchedIgnoringCaseSpacesAndHyphens() {
        CsvFile file = CsvFile.read("Employee Ref,GIVEN-NAME\nE1,Amira\n", COLUMNS);

        assertEquals(List.of(), file.problems());
        assertEquals("E1", file.rows().get(0).get("employee_ref"));
    }

    @Test
    void aMissingRequiredColumnAndAnUnknownColumnAreReportedOnTheHeaderLine() {
        CsvFile file = CsvFile.read("employee_ref,favourite_colour\nE1,blue\n", COLUMNS);

        assertEquals(2, file.problems().size(), file.problems().toString());
        RowProblem unknown = file.problems().stream().filter(p -> "favourite_colour".equals(p.column())).findFirst().orElseThrow();
        assertEquals(1, unknown.line());
        assertTrue(unknown.message().startsWith("unknown column; the columns are employee_ref, given_name, setting_names"),
                unknown.message());
        RowProblem missing = file.problems().stream().filter(p -> "given_name".equals(p.column())).findFirst().orElseThrow();
        assertEquals("line 1, column given_name: required column is missing from the header", missing.toString());
    }

    @Test
    void aColumnNamedTwiceIsAProblem() {
        CsvFile file = CsvFile.read("employee_ref,given_name,Given Name\nE1,A,B\n", COLUMNS);

        assertEquals("line 1, column given_name: the column appears twice in the header", file.problems().get(0).toString());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsReportedAndLeftOut() {
        CsvFile file = CsvFile.read("employee_ref,given_name\nE1,Amira\nE2,O'Brien, Mary\n", COLUMNS);

        assertEquals(1, file.rows().size());
        assertEquals(3, file.problems().get(0).line());
        assertTrue(file.problems().get(0).message().contains("has 3 values but the header has 2 columns"),
                file.problems().toString());
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        CsvFile file = CsvFile.read("employee_ref,given_name\nE1,Amira\nE2,\"Grace\nE3,Joy\n", COLUMNS);

        assertEquals(1, file.problems().size());
        assertEquals(3, file.problems().get(0).line());
        assertTrue(file.problems().get(0).message().contains("never closed"));
    }

    @Test
    void anEmptyFileSaysWhatTheFirstLineShouldBe() {
        CsvFile file = CsvFile.read("", COLUMNS);

        assertEquals("line 1: the file is empty: the first line must name the columns, e.g. employee_ref,given_name",
                file.problems().get(0).toString());
    }
}
