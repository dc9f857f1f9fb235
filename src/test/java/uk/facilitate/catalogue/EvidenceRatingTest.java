package uk.facilitate.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceRatingTest {

    @ParameterizedTest(name = "{0} is level {1}, exceeds {2}, mixed {3}")
    @CsvSource({
        "2,   2, false, false",
        "2+,  2, true,  false",
        "3,   3, false, false",
        "3+*, 3, true,  true",
        "4*,  4, false, true",
        "4+,  4, true,  false",
    })
    void eifRatingsReadAsLevelThresholdAndMixedFindings(String code, int level, boolean exceeds, boolean mixed) {
        EvidenceRating rating = EvidenceRating.of(code);

        assertEquals(level, rating.level());
        assertEquals(exceeds, rating.exceedsThreshold());
        assertEquals(mixed, rating.mixedFindings());
    }

    @Test
    void notLevelTwoAndNotEffectiveHaveNoLevel() {
        assertNull(EvidenceRating.of("NL2").level());
        assertNull(EvidenceRating.of("NE").level());
        assertFalse(EvidenceRating.of("NE").exceedsThreshold());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "5", "3++", "*3", "4+ ", "nl2", "", "three"})
    void anythingElseIsNotAnEvidenceRating(String code) {
        assertFalse(EvidenceRating.isValid(code));
        assertThrows(IllegalArgumentException.class, () -> EvidenceRating.of(code));
        assertTrue(EvidenceRating.describeProblem(code).contains("EIF"));
    }
}
