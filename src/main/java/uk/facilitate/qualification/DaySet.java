package uk.facilitate.qualification;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * An immutable set of days held as sorted, disjoint, non-adjacent closed ranges of epoch days.
 * Each rule's "met" days are one of these, so the verdict on a date and the qualified intervals
 * come from the same sets and cannot disagree.
 */
final class DaySet {

    /** End of a range that never ends. */
    static final long OPEN_END = Long.MAX_VALUE;
    /** Start of a range with no known beginning. */
    static final long OPEN_START = Long.MIN_VALUE;

    static final DaySet NONE = new DaySet(new long[0], new long[0]);
    static final DaySet ALL = new DaySet(new long[] {OPEN_START}, new long[] {OPEN_END});

    private final long[] starts;
    private final long[] ends;

    private DaySet(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static DaySet all(boolean all) {
        return all ? ALL : NONE;
    }

    static long day(LocalDate date) {
        return date.toEpochDay();
    }

    /** The date of a finite day, or {@code null} for an open end. */
    static LocalDate date(long day) {
        return day == OPEN_END || day == OPEN_START ? null : LocalDate.ofEpochDay(day);
    }

    int size() {
        return starts.length;
    }

    long start(int i) {
        return starts[i];
    }

    long end(int i) {
        return ends[i];
    }

    boolean contains(long day) {
        return indexOf(day) >= 0;
    }

    /** Index of the range holding {@code day}, or -1. */
    int indexOf(long day) {
        int i = lastStartAtOrBefore(day);
        return i >= 0 && ends[i] >= day ? i : -1;
    }

    /** Last day of the range holding {@code day}; {@link #OPEN_END} if it never ends. Only for contained days. */
    long endOfRangeHolding(long day) {
        return ends[indexOf(day)];
    }

    /** First day after {@code day} that begins a range, or {@link #OPEN_END} if none. */
    long nextStartAfter(long day) {
        int i = lastStartAtOrBefore(day) + 1;
        return i < starts.length ? starts[i] : OPEN_END;
    }

    private int lastStartAtOrBefore(long day) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= day) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    DaySet intersect(DaySet other) {
        if (this == ALL || other == NONE) {
            return other;
        }
        if (other == ALL || this == NONE) {
            return this;
        }
        Builder out = new Builder(Math.max(size(), other.size()));
        int i = 0;
        int j = 0;
        while (i < starts.length && j < other.starts.length) {
            long lo = Math.max(starts[i], other.starts[j]);
            long hi = Math.min(ends[i], other.ends[j]);
            if (lo <= hi) {
                out.add(lo, hi);
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        // Both inputs are normalised, so the pieces are already sorted and separated.
        return out.buildSorted();
    }

    DaySet union(DaySet other) {
        if (other.size() == 0 || this == ALL) {
            return this;
        }
        if (size() == 0 || other == ALL) {
            return other;
        }
        Builder out = new Builder(size() + other.size());
        int i = 0;
        int j = 0;
        while (i < starts.length || j < other.starts.length) {
            if (j >= other.starts.length || (i < starts.length && starts[i] <= other.starts[j])) {
                out.add(starts[i], ends[i]);
                i++;
            } else {
                out.add(other.starts[j], other.ends[j]);
                j++;
            }
        }
        return out.buildSorted();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < starts.length; i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(starts[i] == OPEN_START ? "…" : date(starts[i]))
                    .append("..")
                    .append(ends[i] == OPEN_END ? "…" : date(ends[i]));
        }
        return text.append(']').toString();
    }

    /** Collects closed ranges in any order; empty ranges (end before start) are dropped. */
    static final class Builder {
        private long[] starts;
        private long[] ends;
        private int count;
        private boolean sorted = true;

        Builder(int capacity) {
            starts = new long[Math.max(capacity, 2)];
            ends = new long[starts.length];
        }

        Builder add(long start, long end) {
            if (end < start) {
                return this;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            if (count > 0 && start < starts[count - 1]) {
                sorted = false;
            }
            starts[count] = start;
            ends[count] = end;
            count++;
            return this;
        }

        DaySet build() {
            return sorted ? buildSorted() : sweep();
        }

        /**
         * The union of ranges depends only on the sorted starts and the sorted ends taken apart, so two
         * primitive sorts replace sorting pairs. Ends become exclusive; a start on an exclusive end
         * (touching ranges) is taken first, so touching ranges merge.
         */
        private DaySet sweep() {
            long[] from = Arrays.copyOf(starts, count);
            long[] until = new long[count];
            for (int i = 0; i < count; i++) {
                until[i] = ends[i] == OPEN_END ? OPEN_END : ends[i] + 1;
            }
            Arrays.sort(from);
            Arrays.sort(until);
            Builder out = new Builder(count);
            int open = 0;
            long runStart = 0;
            int i = 0;
            int j = 0;
            while (j < count) {
                if (i < count && from[i] <= until[j]) {
                    if (open++ == 0) {
                        runStart = from[i];
                    }
                    i++;
                } else {
                    if (--open == 0) {
                        out.add(runStart, until[j] == OPEN_END ? OPEN_END : until[j] - 1);
                    }
                    j++;
                }
            }
            return out.buildSorted();
        }

        /** Merges overlapping and touching ranges; the ranges must be sorted by start. */
        private DaySet buildSorted() {
            if (count == 0) {
                return NONE;
            }
            int out = 0;
            for (int i = 1; i < count; i++) {
                long currentEnd = ends[out];
                if (currentEnd == OPEN_END || starts[i] <= currentEnd + 1) {
                    ends[out] = Math.max(currentEnd, ends[i]);
                } else {
                    out++;
                    starts[out] = starts[i];
                    ends[out] = ends[i];
                }
            }
            out++;
            if (out == 1 && starts[0] == OPEN_START && ends[0] == OPEN_END) {
                return ALL;
            }
            return new DaySet(Arrays.copyOf(starts, out), Arrays.copyOf(ends, out));
        }
    }
}
