package uk.facilitate.cohort.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.facilitate.shared.Today;

/**
 * Writes an iCalendar file (RFC 5545) with one VEVENT per session: CRLF line endings, lines folded at
 * 75 octets, text escaped, times converted from UK local time to UTC so no VTIMEZONE is needed.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private ICalendar() {
    }

    /** One session as a calendar entry; {@code uid} must be unique and stable (e.g. session-42@host). */
    public record Entry(String uid, LocalDate date, LocalTime startsAt, LocalTime endsAt, String summary,
                        String location, String description) {
    }

    public static String of(String calendarName, List<Entry> entries, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Facilitate//Cohort planning//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (Entry entry : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + entry.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(entry.date().atTime(entry.startsAt()).atZone(Today.ZONE).toInstant()));
            line(out, "DTEND:" + UTC.format(entry.date().atTime(entry.endsAt()).atZone(Today.ZONE).toInstant()));
            line(out, "SUMMARY:" + escape(entry.summary()));
            if (entry.location() != null && !entry.location().isBlank()) {
                line(out, "LOCATION:" + escape(entry.location()));
            }
            if (entry.description() != null && !entry.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(entry.description()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so no line exceeds 75 octets (continuations start with a space). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
