package uk.facilitate.cohort.core;

import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
