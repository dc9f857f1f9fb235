package uk.facilitate.cohort.core;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Capacity and the waitlist of one event: a nomination takes a place while one is free, otherwise it
 * waits; when a place frees up (withdrawal, refusal, more capacity) the longest-waiting person is
 * promoted first (FIFO by the time they joined the queue, then by id).
 */
public final class Waitlist {

    /** Queue order: joined first, then the lower nomination id. */
    public static final Comparator<Entry> FIFO = Comparator.comparing(Entry::queuedAt).thenComparingLong(Entry::nominationId);

    private Waitlist() {
    }

    /** One nomination as the waitlist sees it. */
    public record Entry(long nominationId, long staffId, NominationStatus status, Instant queuedAt) {
        public Entry {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(queuedAt, "queuedAt");
        }
    }

    /** The status of a nomination that is being given a place now: a place if one is free, else the waitlist. */
    public static NominationStatus admit(Collection<Entry> entries, int capacity) {
        return confirmed(entries) < capacity ? NominationStatus.CONFIRMED : NominationStatus.WAITLISTED;
    }

    public static long confirmed(Collection<Entry> entries) {
        return entries.stream().filter(e -> e.status() == NominationStatus.CONFIRMED).count();
    }

    /** The waitlisted nominations to promote, in order, so that confirmed places fill the capacity again. */
    public static List<Entry> toPromote(Collection<Entry> entries, int capacity) {
        long free = capacity - confirmed(entries);
        if (free <= 0) {
            return List.of();
        }
        return waiting(entries).stream().limit(free).toList();
    }

    /** The waitlist in order. */
    public static List<Entry> waiting(Collection<Entry> entries) {
        return entries.stream().filter(e -> e.status() == NominationStatus.WAITLISTED).sorted(FIFO).toList();
    }

    /** 1-based place in the waitlist, or 0 when the nomination is not waitlisted. */
    public static int position(Collection<Entry> entries, long nominationId) {
        List<Entry> waiting = waiting(entries);
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).nominationId() == nominationId) {
                return i + 1;
            }
        }
        return 0;
    }
}
