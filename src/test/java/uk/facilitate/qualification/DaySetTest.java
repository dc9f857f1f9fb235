package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.qualification.DaySet.OPEN_END;
import static uk.facilitate.qualification.DaySet.OPEN_START;

import org.junit.jupiter.api.Test;

/** The range algebra under the engine, including the open ends no real record set reaches yet. */
class DaySetTest {

    static DaySet of(long... bounds) {
        DaySet.Builder builder = new DaySet.Builder(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            builder.add(bounds[i], bounds[i + 1]);
        }
        return builder.build();
    }

    @Test
    void overlappingAndTouchingRangesMergeButAGapOfADayDoesNot() {
        DaySet days = of(20, 30, 1, 5, 6, 10, 12, 15, 14, 18);

        assertEquals("[1970-01-02..1970-01-11, 1970-01-13..1970-01-19, 1970-01-21..1970-01-31]", days.toString());
        assertFalse(days.contains(11));
        assertTrue(days.contains(12));
    }

    @Test
    void emptyRangesAreDropped() {
        assertSame(DaySet.NONE, of(10, 9));
    }

    @Test
    void openEndsSwallowEverythingAfterThem() {
        DaySet days = of(5, OPEN_END, 100, 200, OPEN_START, 3);

        assertEquals(2, days.size());
        assertEquals(OPEN_END, days.endOfRangeHolding(1_000_000));
        assertEquals(OPEN_END, days.nextStartAfter(10));
        assertEquals(5, days.nextStartAfter(4));
        assertSame(DaySet.ALL, of(OPEN_START, 3, 4, OPEN_END));
    }

    @Test
    void intersectionAndUnion() {
        DaySet a = of(1, 10, 20, 30);
        DaySet b = of(5, 25);

        assertEquals(of(5, 10, 20, 25).toString(), a.intersect(b).toString());
        assertEquals(of(1, 30).toString(), a.union(b).toString());
        assertSame(a, a.intersect(DaySet.ALL));
        assertSame(DaySet.NONE, a.intersect(DaySet.NONE));
        assertEquals(of(1, 10, 20, OPEN_END).toString(), a.union(of(31, OPEN_END)).toString());
    }
}
