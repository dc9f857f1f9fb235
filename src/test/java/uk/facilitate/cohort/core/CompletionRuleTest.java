package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    @Test
    void byDefaultEverySessionMustBeAttendedAndTheAttendeeIsToldWhy() {
        CompletionRule rule = CompletionRule.ALL_SESSIONS;

        assertTrue(rule.assess(5, 5).completed());
        CompletionRule.Outcome missedADay = rule.assess(4, 5);
        assertFalse(missedADay.completed());
        assertEquals("attended 4 of 5 sessions; the borough's rule is that every session is attended", missedADay.reason());
    }

    @Test
    void aMinimumPercentageCountsExactlyAtTheBoundary() {
        CompletionRule eighty = CompletionRule.atLeast(80);

        assertTrue(eighty.assess(4, 5).completed(), "4 of 5 is exactly 80%");
        assertFalse(eighty.assess(17, 22).completed(), "17 of 22 is 77%");
        assertTrue(eighty.assess(18, 22).completed(), "18 of 22 is 82%");
        assertEquals("at least 80% of sessions attended", eighty.describe());
        assertEquals(CompletionRule.ALL_SESSIONS, CompletionRule.atLeast(100));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompletionRule.atLeast(0));
        assertThrows(IllegalArgumentException.class, () -> CompletionRule.ALL_SESSIONS.assess(0, 0));
    }
}
