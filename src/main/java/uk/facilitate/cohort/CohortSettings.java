package uk.facilitate.cohort;

import uk.facilitate.cohort.core.CompletionRule;

/**
 * The borough's cohort settings. The catalogue gives no completion rules, so the rule is the borough's
 * choice: every session attended by default, or a minimum percentage (e.g. 80).
 *
 * @param minimumAttendancePercent {@code null}: every session must be attended
 * @param expiringSoonDays         the training needs analysis shows an accreditation ending within
 *                                 this many days as "expiring soon" (default 90)
 */
public record CohortSettings(Integer minimumAttendancePercent, int expiringSoonDays) {

    public static CohortSettings defaults() {
        return new CohortSettings(null, 90);
    }

    public CompletionRule completionRule() {
        return minimumAttendancePercent == null ? CompletionRule.ALL_SESSIONS : CompletionRule.atLeast(minimumAttendancePercent);
    }
}
