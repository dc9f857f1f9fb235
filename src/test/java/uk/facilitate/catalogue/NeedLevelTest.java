package uk.facilitate.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.facilitate.shared.NeedLevel;

class NeedLevelTest {

    @ParameterizedTest
    @CsvSource({"1, UNIVERSAL", "2, TARGETED", "3, COMPLEX", "4, SPECIALIST"})
    void theFourTiersOfNeedAreNumberedOneToFour(int number, NeedLevel level) {
        assertEquals(level, NeedLevel.of(number));
        assertEquals(number, level.number());
    }

    @Test
    void aFifthLevelIsRefusedWithTheRangeInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NeedLevel.of(5));
        assertTrue(e.getMessage().contains("1, 2, 3 or 4"), e.getMessage());
    }

    @Test
    void describesItselfInUsersWords() {
        assertEquals("need level 3 (complex)", NeedLevel.COMPLEX.describe());
    }
}
