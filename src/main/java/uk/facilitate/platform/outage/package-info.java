/**
 * Behaviour while the database is out: fast 503 answers, one log line at the start and end of an
 * outage, an honest answer when a commit was cut off, and Idempotency-Key so that retried creations
 * never save twice.
 */
package uk.facilitate.platform.outage;
