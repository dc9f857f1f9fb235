package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.List;

/**
 * The cover on one date: rows (programme × need level) by columns (localities or settings), each
 * cell the number of qualified facilitators, how many of them lapse within the warning period, and
 * the target. Held as flat arrays, row-major, so a national matrix of tens of thousands of cells
 * costs a few hundred kilobytes and no object per cell until one is asked for.
 */
public final class CoverMatrix {

    /**
     * One cell, as pages and exports show it.
     *
     * @param lapsing   of {@code count}, how many reach a hard end within the warning period (they make it amber)
     * @param renewing  of {@code count}, how many only have a renewal falling due in it: work to book, not a warning
     * @param expected  for a date after today, how many are expected on the expected basis (renewals within reach
     *                  kept up, bookings counted); {@code null} for today or before, where it is {@code count}
     */
    public record Cell(int count, Integer target, int lapsing, int renewing, CoverStatus status, Integer expected) {
        /** Facilitators missing to reach the target; 0 when met or when there is no target. */
        public int shortfall() {
            return target == null ? 0 : Math.max(0, target - count);
        }
    }

    private static final int NO_TARGET = -1;

    private final LocalDate on;
    private final int lapseWarningDays;
    private final boolean bySetting;
    private final List<CoverRow> rows;
    private final List<CoverColumn> columns;
    private final int[] counts;
    private final int[] lapsing;
    private final int[] renewing;
    private final int[] targets;
    /** Counts on the expected basis, for a date after today; {@code null} otherwise. */
    private int[] expected;

    CoverMatrix(LocalDate on, int lapseWarningDays, boolean bySetting, List<CoverRow> rows, List<CoverColumn> columns) {
        this.on = on;
        this.lapseWarningDays = lapseWarningDays;
        this.bySetting = bySetting;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        int size = rows.size() * columns.size();
        this.counts = new int[size];
        this.lapsing = new int[size];
        this.renewing = new int[size];
        this.targets = new int[size];
        java.util.Arrays.fill(targets, NO_TARGET);
    }

    void add(int row, int column, int count, int lapsingCount, int renewingCount) {
        int i = row * columns.size() + column;
        counts[i] += count;
        lapsing[i] += lapsingCount;
        renewing[i] += renewingCount;
    }

    /** One more person expected in a cell (a date after today). */
    void addExpected(int row, int column) {
        if (expected == null) {
            expected = new int[counts.length];
        }
        expected[row * columns.size() + column]++;
    }

    /** Marks the matrix as one with expected counts (all zero until added). */
    void withExpected() {
        if (expected == null) {
            expected = new int[counts.length];
        }
    }

    public boolean hasExpected() {
        return expected != null;
    }

    void target(int row, int column, Integer target) {
        targets[row * columns.size() + column] = target == null ? NO_TARGET : target;
    }

    public LocalDate on() {
        return on;
    }

    public int lapseWarningDays() {
        return lapseWarningDays;
    }

    /** Whether the columns are settings rather than localities. */
    public boolean bySetting() {
        return bySetting;
    }

    public List<CoverRow> rows() {
        return rows;
    }

    public List<CoverColumn> columns() {
        return columns;
    }

    public Cell cell(int row, int column) {
        int i = row * columns.size() + column;
        Integer target = targets[i] == NO_TARGET ? null : targets[i];
        return new Cell(counts[i], target, lapsing[i], renewing[i], CoverStatus.of(counts[i], target, lapsing[i]),
                expected == null ? null : expected[i]);
    }

    /** Cells below target, for a summary line. */
    public int cellsBelowTarget() {
        int below = 0;
        for (int i = 0; i < counts.length; i++) {
            if (targets[i] != NO_TARGET && counts[i] < targets[i]) {
                below++;
            }
        }
        return below;
    }

    /**
     * Compact JSON: the columns once, then per row an array of cells, each
     * {@code [count, target|null, shortfall, lapsing, status, renewing]} as {@code cellFields} names them, and
     * for a date after today a seventh, {@code expected}.
     */
    public String toJson() {
        return CoverJson.object(64 + counts.length * 16, json -> {
            json.write("on", on.toString()).write("lapseWarningDays", lapseWarningDays);
            CoverJson.columns(json, bySetting, columns);
            json.writeStartArray("cellFields").write("count").write("target").write("shortfall").write("lapsing")
                    .write("status").write("renewing");
            if (expected != null) {
                json.write("expected");
            }
            json.writeEnd();
            json.writeStartArray("rows");
            for (int r = 0; r < rows.size(); r++) {
                CoverJson.rowHead(json, rows.get(r));
                json.writeStartArray("cells");
                for (int c = 0; c < columns.size(); c++) {
                    int i = r * columns.size() + c;
                    int target = targets[i];
                    json.writeStartArray().write(counts[i]);
                    if (target == NO_TARGET) {
                        json.writeNull().write(0);
                    } else {
                        json.write(target).write(Math.max(0, target - counts[i]));
                    }
                    json.write(lapsing[i])
                            .write(CoverStatus.of(counts[i], target == NO_TARGET ? null : target, lapsing[i]).name())
                            .write(renewing[i]);
                    if (expected != null) {
                        json.write(expected[i]);
                    }
                    json.writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
        });
    }
}
