package uk.facilitate.platform;

/** Free text as typed into forms, files and requests. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding spaces, or {@code null} when nothing was given: blank means "not given". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
