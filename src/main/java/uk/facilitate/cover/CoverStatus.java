package uk.facilitate.cover;

/**
 * How a cell of the cover matrix stands against its target. Pages colour it, but always show the
 * label and the numbers too, so colour is never the only signal.
 */
public enum CoverStatus {
    /** Fewer qualified facilitators than the target. */
    RED("Below target"),
    /** At or above target, but someone counted lapses within the warning period. */
    AMBER("Lapsing soon"),
    /** At or above target, and nobody counted lapses within the warning period. */
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
     * @param lapsing  how many of {@code count} stop being qualified within the warning period
     */
    public static CoverStatus of(int count, Integer target, int lapsing) {
        if (target == null) {
            return NONE;
        }
        if (count < target) {
            return RED;
        }
        return lapsing > 0 ? AMBER : GREEN;
    }
}
