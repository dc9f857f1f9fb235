package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.facilitate.catalogue.Programme;

class SessionSeriesTest {

    @Test
    void twentyTwoWeeklySessionsFromAStartDate() {
        List<SessionSeries.Planned> sessions = SessionSeries.series(LocalDate.of(2026, 9, 7), 22, 7,
                LocalTime.of(10, 0), LocalTime.of(12, 0), "course", false);

        assertEquals(22, sessions.size());
        assertEquals(LocalDate.of(2026, 9, 7).plusWeeks(21), sessions.get(21).date());
    }

    @Test
    void tripleP3TrainingDaysThen2AccreditationDaysSkipTheWeekend() {
        Programme groupTeen = RealCatalogue.get("triple-p-group-teen");

        // Thursday 3 September 2026
        List<SessionSeries.Planned> draft = SessionSeries.forSteps(groupTeen.trainingPath(), LocalDate.of(2026, 9, 3));

        assertEquals(List.of(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 9)), draft.stream().map(SessionSeries.Planned::date).toList());
        assertEquals(List.of("provider-training", "provider-training", "provider-training", "accreditation", "accreditation"),
                draft.stream().map(SessionSeries.Planned::stepId).toList());
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    @Test
    void aRequestForTwentyTwoWeeklySessionsPlansThemInDateOrder() {
        SessionSeries.Request request = new SessionSeries.Request(LocalDate.of(2027, 1, 5), 22, 1,
                SessionSeries.Request.Unit.WEEKS, TEN, NOON);

        List<SessionSeries.Planned> sessions = request.plan(TODAY, "course");

        assertTrue(request.problems(TODAY).isEmpty());
        assertEquals(22, sessions.size());
        assertEquals(LocalDate.of(2027, 6, 1), sessions.get(21).date(), "Tuesday 5 January plus 21 weeks");
        assertEquals(List.of(TEN, NOON), List.of(sessions.get(3).startsAt(), sessions.get(3).endsAt()));
    }

    @Test
    void everyThreeDaysCountsDays() {
        List<SessionSeries.Planned> sessions = new SessionSeries.Request(LocalDate.of(2027, 1, 5), 3, 3,
                SessionSeries.Request.Unit.DAYS, TEN, NOON).plan(TODAY, "course");

        assertEquals(List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 11)),
                sessions.stream().map(SessionSeries.Planned::date).toList());
    }

    @Test
    void moreThanSixtySessionsTimesOutOfOrderAndAMissingDateAreEachNamed() {
        Map<String, String> problems = new SessionSeries.Request(null, 61, 1, SessionSeries.Request.Unit.WEEKS,
                NOON, TEN).problems(TODAY);

        assertEquals(List.of("start", "count", "endsAt"), List.copyOf(problems.keySet()));
        assertEquals("Give a number of sessions from 1 to 60", problems.get("count"));
        assertEquals("A session must end after it starts (12:00)", problems.get("endsAt"));
    }

    @Test
    void aMistypedYearOrASeriesRunningForYearsIsRefused() {
        assertEquals(Map.of("start", "The first session on 05/01/0027 is more than a year ago or five years ahead; check the year"),
                new SessionSeries.Request(LocalDate.of(27, 1, 5), 22, 1, SessionSeries.Request.Unit.WEEKS, TEN, NOON)
                        .problems(TODAY));
        SessionSeries.Request everyFourWeeksFor60 = new SessionSeries.Request(LocalDate.of(2027, 1, 5), 60, 4,
                SessionSeries.Request.Unit.WEEKS, TEN, NOON);
        assertEquals(List.of("every"), List.copyOf(everyFourWeeksFor60.problems(TODAY).keySet()));
        assertTrue(everyFourWeeksFor60.problems(TODAY).get("every").startsWith("The last session would be on 15/07/2031"));
        assertThrows(IllegalArgumentException.class, () -> everyFourWeeksFor60.plan(TODAY, "course"));
        assertEquals(List.of("every"), List.copyOf(new SessionSeries.Request(LocalDate.of(2027, 1, 5), 2, 0,
                SessionSeries.Request.Unit.DAYS, TEN, NOON).problems(TODAY).keySet()));
    }
}
