package uk.facilitate.cohort.core;

/**
 * The borough's rule for who completed an event. The catalogue gives no completion rules, so this is
 * a setting: every session attended (the default), or at least a percentage of them.
 *
 * @param minimumPercent {@code null} for "every session", else 1–100
 */
public record CompletionRule(Integer minimumPercent) {

    /** Every session attended. */
    public static final CompletionRule ALL_SESSIONS = new CompletionRule(null);

    public CompletionRule {
        if (minimumPercent != null && (minimumPercent < 1 || minimumPercent > 100)) {
            throw new IllegalArgumentException("The minimum attendance must be a percentage from 1 to 100");
        }
    }

    public static CompletionRule atLeast(int percent) {
        return percent == 100 ? ALL_SESSIONS : new CompletionRule(percent);
    }

    /** The outcome for one attendee. */
    public record Outcome(boolean completed, String reason) {
    }

    public Outcome assess(int attended, int sessions) {
        if (sessions <= 0) {
            throw new IllegalArgumentException("An event with no sessions cannot be completed");
        }
        String counted = "attended " + attended + " of " + sessions + " " + (sessions == 1 ? "session" : "sessions");
        if (minimumPercent == null) {
            return attended >= sessions
                    ? new Outcome(true, counted)
                    : new Outcome(false, counted + "; the borough's rule is that every session is attended");
        }
        // attended / sessions >= p / 100, in whole numbers so 4 of 5 meets 80% exactly
        boolean met = attended * 100L >= (long) minimumPercent * sessions;
        return met ? new Outcome(true, counted + " (at least " + minimumPercent + "% needed)")
                : new Outcome(false, counted + "; the borough's rule is at least " + minimumPercent + "% of sessions");
    }

    /** How the rule reads, e.g. for the event's record of which rule was applied. */
    public String describe() {
        return minimumPercent == null ? "every session attended" : "at least " + minimumPercent + "% of sessions attended";
    }
}
