package uk.facilitate.platform;

import java.time.LocalDate;
import java.util.Optional;
import uk.facilitate.shared.InvalidInput;

/**
 * The one rule for every date anyone gives the app (API bodies and query parameters, pages, imports):
 * between 1 January 1900 and 31 December 2100. Wider than any real training, check or session, and far
 * inside what the database can store (years 1000 to 9999), so a mistyped year is refused with a reason
 * instead of failing on the way in or meaning nothing.
 */
public final class AcceptedDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String RULE = "Give a date between 01/01/1900 and 31/12/2100";

    private AcceptedDates() {
    }

    public static boolean accepts(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The problem with this field's date, if it is outside the range. */
    public static Optional<InvalidInput.Problem> problem(String field, LocalDate date) {
        return accepts(date) ? Optional.empty() : Optional.of(new InvalidInput.Problem(field, RULE + " (was " + date + ")"));
    }
}
