package uk.facilitate.catalogue;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme's strength of evidence on the Early Intervention Foundation (EIF) Guidebook scale:
 * 2, 2+, 3, 3+, 4 or 4+, optionally followed by {@code *} for mixed findings, or one of the
 * EIF's own verdicts NL2 (not level 2) and NE (found not effective).
 *
 * @param code the rating exactly as the catalogue writes it, e.g. {@code 3+*}
 */
public record EvidenceRating(String code) {

    private static final Pattern LEVEL = Pattern.compile("([234])(\\+?)(\\*?)");

    public EvidenceRating {
        Objects.requireNonNull(code, "code");
        if (!isValid(code)) {
            throw new IllegalArgumentException(describeProblem(code));
        }
    }

    /** The rating written {@code code}; throws {@link IllegalArgumentException} for anything else. */
    public static EvidenceRating of(String code) {
        return new EvidenceRating(code);
    }

    public static boolean isValid(String code) {
        return code != null && (code.equals("NL2") || code.equals("NE") || LEVEL.matcher(code).matches());
    }

    static String describeProblem(String code) {
        return "'" + code + "' is not an EIF evidence rating (2, 2+, 3, 3+, 4 or 4+, each optionally"
                + " followed by * for mixed findings; or NL2, NE)";
    }

    /** The level 2, 3 or 4; {@code null} for NL2 and NE, which are below the scale. */
    public Integer level() {
        Matcher matcher = LEVEL.matcher(code);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /** Whether the evidence exceeds the level's threshold (the "+"). */
    public boolean exceedsThreshold() {
        Matcher matcher = LEVEL.matcher(code);
        return matcher.matches() && !matcher.group(2).isEmpty();
    }

    /** Whether the findings are mixed (the "*"). */
    public boolean mixedFindings() {
        Matcher matcher = LEVEL.matcher(code);
        return matcher.matches() && !matcher.group(3).isEmpty();
    }

    @Override
    public String toString() {
        return code;
    }
}
