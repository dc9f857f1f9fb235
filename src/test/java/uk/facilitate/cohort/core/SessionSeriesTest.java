package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
}
