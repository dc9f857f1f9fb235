package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private final String ics = ICalendar.of("Group Teen Triple P, North", List.of(
            new ICalendar.Entry("session-1@facilitate", LocalDate.of(2026, 7, 6), LocalTime.of(9, 30), LocalTime.of(16, 30),
                    "Group Teen Triple P: provider training (day 1 of 5)", "Wyvernside Family Hub, 12 Mill Lane; Room 2",
                    "Bring your own lunch. Trainer: Dr Amelia Fairweather-Longbottom of the University of Queensland accreditation team"),
            new ICalendar.Entry("session-2@facilitate", LocalDate.of(2026, 12, 7), LocalTime.of(9, 30), LocalTime.of(16, 30),
                    "Day 2", null, null)), Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void everyLineEndsWithCrlfAndNoneIsLongerThan75Octets() {
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "bare line break in " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("DESCRIPTION:Bring your own lunch. Trainer: Dr Amelia Fairweather-Longbottom of the"
                + " University of Queensland accreditation team"), unfolded);
    }

    @Test
    void oneEventPerSessionInUtcWithTextEscaped() {
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.contains("DTSTART:20260706T083000Z"), "09:30 British Summer Time is 08:30 UTC");
        assertTrue(ics.contains("DTSTART:20261207T093000Z"), "09:30 in December is 09:30 UTC");
        assertTrue(ics.replace("\r\n ", "").contains("LOCATION:Wyvernside Family Hub\\, 12 Mill Lane\\; Room 2"));
        assertTrue(ics.contains("DTSTAMP:20260301T120000Z"));
    }
}
