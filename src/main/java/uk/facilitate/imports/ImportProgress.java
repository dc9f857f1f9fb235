package uk.facilitate.imports;

/** Told how far an import has got, so a page can show a progress bar while it runs. */
@FunctionalInterface
public interface ImportProgress {

    /** The steps of an import and the share of the bar each takes. */
    enum Step {
        CHECKING("Checking the file", 0, 10),
        WRITING("Adding", 10, 80),
        RECOMPUTING("Recomputing qualifications", 80, 98),
        SAVING("Saving", 98, 99);

        private final String label;
        private final int fromPercent;
        private final int toPercent;

        Step(String label, int fromPercent, int toPercent) {
            this.label = label;
            this.fromPercent = fromPercent;
            this.toPercent = toPercent;
        }

        public String label() {
            return label;
        }

        /** Percentage of the whole import when {@code done} of {@code total} of this step are done. */
        public int percent(int done, int total) {
            return total <= 0 ? fromPercent : fromPercent + (toPercent - fromPercent) * Math.min(done, total) / total;
        }
    }

    ImportProgress NONE = (step, done, total) -> { };

    void update(Step step, int done, int total);
}
