/**
 * A person's whole record (accreditations, checks, supervision and what they may facilitate), as the My record
 * page and the records API show it, and the queue of self-entered records waiting for a manager.
 */
package uk.facilitate.records;
