package uk.facilitate.cohort.core;

import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.facilitate.catalogue.Programme.TrainingStep;

/**
 * Generates dated sessions: a series from a start date, a count and an interval (daily training
 * days, 22 weekly sessions…), or a first draft for a whole training path. Managers edit the result.
 */
public final class SessionSeries {

    /** Default times of a generated session (a working training day). */
    public static final LocalTime DAY_START = LocalTime.of(9, 30);
    public static final LocalTime DAY_END = LocalTime.of(16, 30);

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private SessionSeries() {
    }

    /** One planned session. */
    public record Planned(LocalDate date, LocalTime startsAt, LocalTime endsAt, String stepId) {
        public Planned {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            Objects.requireNonNull(stepId, "stepId");
        }
    }

    /**
     * {@code count} sessions from {@code start}, {@code intervalDays} apart (1 = consecutive days,
     * 7 = weekly). With {@code weekdaysOnly}, a date on a weekend moves to the following Monday and the
     * series continues from there.
     */
    public static List<Planned> series(LocalDate start, int count, int intervalDays, LocalTime from, LocalTime to,
                                       String stepId, boolean weekdaysOnly) {
        if (count < 1 || count > 200) {
            throw new IllegalArgumentException("A series has from 1 to 200 sessions");
        }
        if (intervalDays < 1) {
            throw new IllegalArgumentException("Sessions must be at least a day apart");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
        List<Planned> sessions = new ArrayList<>(count);
        LocalDate date = weekdaysOnly ? weekday(start) : start;
        for (int i = 0; i < count; i++) {
            sessions.add(new Planned(date, from, to, stepId));
            date = date.plusDays(intervalDays);
            if (weekdaysOnly) {
                date = weekday(date);
            }
        }
        return sessions;
    }

    /**
     * A series as a manager asks for it on a page: the first date, how many sessions, every how many
     * days or weeks, and the times. {@link #problems} says what is wrong before anything is made.
     */
    public record Request(LocalDate start, Integer count, Integer every, Unit unit, LocalTime startsAt, LocalTime endsAt) {

        /** Most sessions one request makes: more is almost certainly a typing slip (22 weekly sessions is long). */
        public static final int MAX_SESSIONS = 60;
        /** Furthest the last session may be from the first. */
        public static final int MAX_SPAN_YEARS = 2;

        /** What {@code every} counts. */
        public enum Unit {
            DAYS(1, "days"), WEEKS(7, "weeks");

            private final int days;
            private final String label;

            Unit(int days, String label) {
                this.days = days;
                this.label = label;
            }

            public String label() {
                return label;
            }
        }

        /** Days between two sessions. */
        public int intervalDays() {
            return every * (unit == null ? Unit.WEEKS : unit).days;
        }

        /**
         * What is wrong, by part ({@code start}, {@code count}, {@code every}, {@code startsAt}, {@code endsAt}),
         * in the users' words; empty when the series can be made. {@code today} guards against a mistyped year.
         */
        public Map<String, String> problems(LocalDate today) {
            Map<String, String> problems = new LinkedHashMap<>();
            if (start == null) {
                problems.put("start", "Give the date of the first session, as dd/MM/yyyy");
            } else if (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusYears(5))) {
                problems.put("start", "The first session on " + UK.format(start)
                        + " is more than a year ago or five years ahead; check the year");
            }
            if (count == null || count < 1 || count > MAX_SESSIONS) {
                problems.put("count", "Give a number of sessions from 1 to " + MAX_SESSIONS);
            }
            if (every == null || every < 1 || every > (unit == Unit.DAYS ? 365 : 52)) {
                problems.put("every", unit == Unit.DAYS ? "Give how many days apart, from 1 to 365"
                        : "Give how many weeks apart, from 1 to 52");
            }
            if (startsAt == null) {
                problems.put("startsAt", "Give the start time, as HH:mm (e.g. 09:30)");
            }
            if (endsAt == null) {
                problems.put("endsAt", "Give the end time, as HH:mm (e.g. 11:30)");
            } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
                problems.put("endsAt", "A session must end after it starts (" + startsAt + ")");
            }
            if (problems.isEmpty()) {
                LocalDate last = start.plusDays((long) (count - 1) * intervalDays());
                if (last.isAfter(start.plusYears(MAX_SPAN_YEARS))) {
                    problems.put("every", "The last session would be on " + UK.format(last) + ", more than "
                            + MAX_SPAN_YEARS + " years after the first; check the number of sessions and how far apart");
                }
            }
            return problems;
        }

        /** The sessions, in date order; only for a request without {@link #problems}. */
        public List<Planned> plan(LocalDate today, String stepId) {
            if (!problems(today).isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems(today).values()));
            }
            return series(start, count, intervalDays(), startsAt, endsAt, stepId, false);
        }
    }

    /**
     * A first draft for the steps an event delivers, from {@code start}: a step given in days has that
     * many consecutive working days; one given in weeks a weekly session each week; one with neither
     * (e.g. a certification) a single day. Each step starts on the working day after the previous one.
     */
    public static List<Planned> forSteps(List<TrainingStep> steps, LocalDate start) {
        List<Planned> sessions = new ArrayList<>();
        LocalDate next = weekday(start);
        for (TrainingStep step : steps) {
            List<Planned> stepSessions;
            if (step.days() != null && step.days().signum() > 0) {
                int days = step.days().setScale(0, RoundingMode.CEILING).intValueExact();
                stepSessions = series(next, days, 1, DAY_START, DAY_END, step.id(), true);
            } else if (step.weeks() != null && step.weeks() > 0) {
                stepSessions = series(next, step.weeks(), 7, DAY_START, DAY_END, step.id(), true);
            } else {
                stepSessions = series(next, 1, 1, DAY_START, DAY_END, step.id(), true);
            }
            sessions.addAll(stepSessions);
            next = weekday(stepSessions.get(stepSessions.size() - 1).date().plusDays(1));
        }
        return sessions;
    }

    /** The last date of a draft made by {@link #forSteps}, without making it. */
    public static LocalDate lastDate(List<TrainingStep> steps, LocalDate start) {
        List<Planned> draft = forSteps(steps, start);
        return draft.get(draft.size() - 1).date();
    }

    static LocalDate weekday(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return date.plusDays(2);
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return date.plusDays(1);
        }
        return date;
    }

}
