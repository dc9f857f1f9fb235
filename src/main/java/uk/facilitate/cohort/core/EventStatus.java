package uk.facilitate.cohort.core;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a training event stands: planned, open for nominations, confirmed, running, then completed
 * or cancelled. {@link #refusal} explains a move the lifecycle does not allow.
 */
public enum EventStatus {
    PLANNED("Planned"),
    OPEN("Open for nominations"),
    CONFIRMED("Confirmed"),
    RUNNING("Running"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to directly. Completion has its own action, so it is not listed. */
    public Set<EventStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(PLANNED, CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(OPEN, RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(EventStatus.class);
        };
    }

    /** Why the move is refused, or empty when it is allowed. */
    public Optional<String> refusal(EventStatus to) {
        if (to == null) {
            return Optional.of("Choose the new status");
        }
        if (to == this) {
            return Optional.of("The event is already " + label.toLowerCase());
        }
        if (to == COMPLETED) {
            return this == RUNNING ? Optional.empty()
                    : Optional.of("Only a running event can be completed; it is " + label.toLowerCase());
        }
        if (next().contains(to)) {
            return Optional.empty();
        }
        if (this == COMPLETED || this == CANCELLED) {
            return Optional.of("The event is " + label.toLowerCase() + "; its status can no longer change");
        }
        return Optional.of("A " + label.toLowerCase() + " event cannot become " + to.label.toLowerCase()
                + "; it can become " + String.join(" or ", next().stream().map(s -> s.label.toLowerCase()).toList()));
    }

    /** Whether managers may still nominate people (the planner fills planned cohorts too). */
    public boolean takesNominations() {
        return this == PLANNED || this == OPEN || this == CONFIRMED;
    }

    /** Spend on the event is committed (confirmed, running, completed) rather than forecast. */
    public boolean committed() {
        return this == CONFIRMED || this == RUNNING || this == COMPLETED;
    }

    /** Sessions, capacity and costs may still be changed. */
    public boolean editable() {
        return this == PLANNED || this == OPEN || this == CONFIRMED;
    }
}
