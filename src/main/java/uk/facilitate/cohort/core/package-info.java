/**
 * The cohort rules in plain Java (no container types): the event lifecycle, waitlist promotion,
 * prerequisites from the catalogue's training path, the completion rule, session series,
 * iCalendar output, training-need statuses and the gap-driven planner.
 */
package uk.facilitate.cohort.core;
