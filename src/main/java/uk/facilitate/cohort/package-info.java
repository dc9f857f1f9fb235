/**
 * Cohort planning: training events with sessions, nominations with a waitlist, attendance and
 * completion feeding accreditation records, the training needs analysis, the gap-driven planner and
 * costs. Services, entities, the REST API and the pages; the rules live in {@code cohort.core}.
 */
package uk.facilitate.cohort;
