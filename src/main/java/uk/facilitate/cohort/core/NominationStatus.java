package uk.facilitate.cohort.core;

/**
 * A nomination's status. Only {@link #CONFIRMED} holds a place; {@link #WAITLISTED} waits for one
 * in order; {@link #REQUESTED} is a self-nomination waiting for a manager's approval.
 */
public enum NominationStatus {
    REQUESTED("Awaiting approval"),
    CONFIRMED("Place confirmed"),
    WAITLISTED("Waitlisted"),
    WITHDRAWN("Withdrawn"),
    REFUSED("Refused"),
    CANCELLED("Cancelled");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still in play: counts for clashes and may not be nominated again. */
    public boolean active() {
        return this == REQUESTED || this == CONFIRMED || this == WAITLISTED;
    }
}
