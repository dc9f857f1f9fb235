package uk.facilitate.platform;

/**
 * Text written into a CSV file that a spreadsheet will open: a cell that starts like a formula
 * ({@code =HYPERLINK(…)} typed as someone's employee ref) is neutralised as OWASP's "CSV
 * Injection" guidance advises, so the spreadsheet shows it as text and never runs it. Every CSV the
 * app writes passes its text cells through {@link #neutralise(String)}.
 */
public final class SpreadsheetText {

    /**
     * What a spreadsheet may read as the start of a formula: OWASP's list ({@code = + - @}, tab and
     * carriage return) and the full-width forms of the four signs, which some spreadsheet locales
     * also accept as formula starts.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetText() {
    }

    /**
     * The text with a single quote in front when its first character could start a formula, else
     * unchanged ({@code null} stays {@code null}). The caller still quotes the cell, as CSV writers do.
     * Only text goes through here: numbers the app itself writes (a shortfall of -3) stay numbers.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
