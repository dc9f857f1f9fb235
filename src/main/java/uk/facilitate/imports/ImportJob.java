package uk.facilitate.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import running in the background, as its progress bar sees it. Written by the import's own
 * thread and read by the page's polling requests, so every field is volatile.
 */
public final class ImportJob implements ImportProgress {

    /** Where an import stands. */
    public enum State { RUNNING, SUCCEEDED, FAILED }

    private final String id;
    private final String owner;
    private final ImportKind kind;
    private final String fileName;
    private final Instant startedAt;
    private volatile State state = State.RUNNING;
    private volatile Step step = Step.CHECKING;
    private volatile int done;
    private volatile int total;
    private volatile int percent;
    private volatile ImportResult result;
    private volatile List<RowProblem> problems = List.of();
    private volatile String failure;
    private volatile Instant finishedAt;

    ImportJob(String id, String owner, ImportKind kind, String fileName, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.kind = kind;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    @Override
    public void update(Step step, int done, int total) {
        this.step = step;
        this.done = done;
        this.total = total;
        this.percent = step.percent(done, total);
    }

    void succeeded(ImportResult result) {
        this.result = result;
        this.percent = 100;
        this.finishedAt = Instant.now();
        this.state = State.SUCCEEDED;
    }

    void failed(String why, List<RowProblem> problems) {
        this.failure = why;
        this.problems = List.copyOf(problems);
        this.finishedAt = Instant.now();
        this.state = State.FAILED;
    }

    /** What is happening now, in words: "Adding staff: 2,000 of 5,000". */
    public String describe() {
        return switch (state) {
            case SUCCEEDED -> "Imported " + String.format(java.util.Locale.UK, "%,d", result.added()) + " "
                    + (kind == ImportKind.STAFF ? "staff" : "accreditation records for " + String.format(java.util.Locale.UK, "%,d", result.people())
                    + (result.people() == 1 ? " person" : " people")) + " from " + fileName
                    + String.format(java.util.Locale.UK, " in %.1f seconds.", result.took().toMillis() / 1000.0);
            case FAILED -> "Nothing was imported: " + failure;
            case RUNNING -> (step == Step.WRITING ? "Adding " + (kind == ImportKind.STAFF ? "staff" : "records") : step.label())
                    + (total > 1 ? ": " + String.format(java.util.Locale.UK, "%,d", done) + " of " + String.format(java.util.Locale.UK, "%,d", total) : "…");
        };
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public ImportKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public int percent() {
        return percent;
    }

    public ImportResult result() {
        return result;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public String failure() {
        return failure;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
