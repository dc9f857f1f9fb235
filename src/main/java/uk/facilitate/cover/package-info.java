/**
 * Facilitator cover: how many qualified facilitators each programme and need level has in each
 * locality on a date, against a target; forecasts of where cover falls and why; and delivery
 * groups planned with facilitators who can take every session (a renewal falling due during a group
 * is a task to book, a hard end refuses). Counts come from the precomputed qualification intervals,
 * never from running the engine per person.
 */
package uk.facilitate.cover;
