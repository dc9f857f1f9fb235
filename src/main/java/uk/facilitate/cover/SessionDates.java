package uk.facilitate.cover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A delivery group's sessions: one a week on the start date's weekday, e.g. Mellow Parenting's 14 weeks. */
public final class SessionDates {

    /** Most weekly sessions one group may have (a year). */
    public static final int MAX_SESSIONS = 52;

    private SessionDates() {
    }

    public static List<LocalDate> weekly(LocalDate start, int sessions) {
        List<LocalDate> dates = new ArrayList<>(sessions);
        for (int i = 0; i < sessions; i++) {
            dates.add(start.plusWeeks(i));
        }
        return dates;
    }

    /** The last session's date. */
    public static LocalDate last(LocalDate start, int sessions) {
        return start.plusWeeks(sessions - 1L);
    }

    /**
     * The session dates two weekly groups share: none unless they meet on the same weekday and their
     * runs overlap.
     */
    public static List<LocalDate> shared(LocalDate startA, int sessionsA, LocalDate startB, int sessionsB) {
        List<LocalDate> shared = new ArrayList<>();
        if (Math.floorMod(startA.toEpochDay() - startB.toEpochDay(), 7) != 0) {
            return shared;
        }
        LocalDate from = startA.isAfter(startB) ? startA : startB;
        LocalDate lastA = last(startA, sessionsA);
        LocalDate lastB = last(startB, sessionsB);
        LocalDate to = lastA.isBefore(lastB) ? lastA : lastB;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusWeeks(1)) {
            shared.add(d);
        }
        return shared;
    }
}
