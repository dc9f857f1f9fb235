/**
 * The state of a record someone entered for themselves (an accreditation, a DBS check, safeguarding
 * training or a supervision session) until a manager verifies or rejects it, shared by every kind of record.
 */
package uk.facilitate.verification;
