package uk.facilitate.cover;

/**
 * How a cell of the cover matrix stands against its target. Pages colour it, but always show the
 * label and the numbers too, so colour is never the only signal.
 */
public enum CoverStatus {
    /** Fewer qualified facilitators than the target. */
    RED("Below target"),
    /**
     * At or above target today, but below it within the warning period through hard ends (an
     * accreditation expires, someone leaves): a cell with more than enough facilitators stays green when
     * one of them lapses. Renewals falling due (supervision, DBS, safeguarding) are routine work to book,
     * shown as such, and never make a cell amber on their own.
     */
    AMBER("Lapsing soon"),
    /** At or above target, and still at it at the end of the warning period barring routine renewals. */
    GREEN("Meets target"),
    /** No target is set and the catalogue gives none: the count is shown without a judgement. */
    NONE("No target");

    private final String label;

    CoverStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param count    qualified facilitators on the date
     * @param target   facilitators needed, or {@code null} when there is no target
     * @param lapsing  how many of {@code count} reach a hard end within the warning period
     */
    public static CoverStatus of(int count, Integer target, int lapsing) {
        if (target == null) {
            return NONE;
        }
        if (count < target) {
            return RED;
        }
        return count - lapsing < target ? AMBER : GREEN;
    }
}
