/**
 * The rules engine: may a practitioner facilitate a programme at a need level on a date, why, and
 * until when. Plain Java with no container types, so every feature can reuse it.
 */
package uk.facilitate.qualification;
