package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.cohort.core.EventStatus.CANCELLED;
import static uk.facilitate.cohort.core.EventStatus.COMPLETED;
import static uk.facilitate.cohort.core.EventStatus.CONFIRMED;
import static uk.facilitate.cohort.core.EventStatus.OPEN;
import static uk.facilitate.cohort.core.EventStatus.PLANNED;
import static uk.facilitate.cohort.core.EventStatus.RUNNING;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventStatusTest {

    @Test
    void theLifecycleRunsPlannedOpenConfirmedRunningCompleted() {
        assertTrue(PLANNED.refusal(OPEN).isEmpty());
        assertTrue(OPEN.refusal(CONFIRMED).isEmpty());
        assertTrue(CONFIRMED.refusal(RUNNING).isEmpty());
        assertTrue(RUNNING.refusal(COMPLETED).isEmpty());
        for (EventStatus status : new EventStatus[] {PLANNED, OPEN, CONFIRMED, RUNNING}) {
            assertTrue(status.refusal(CANCELLED).isEmpty(), status + " can be cancelled");
        }
    }

    @Test
    void refusedMovesAreExplained() {
        assertEquals(Optional.of("A planned event cannot become running; it can become open for nominations or cancelled"),
                PLANNED.refusal(RUNNING));
        assertEquals(Optional.of("Only a running event can be completed; it is confirmed"), CONFIRMED.refusal(COMPLETED));
        assertEquals(Optional.of("The event is cancelled; its status can no longer change"), CANCELLED.refusal(OPEN));
        assertEquals(Optional.of("The event is already open for nominations"), OPEN.refusal(OPEN));
    }
}
