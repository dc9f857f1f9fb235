package uk.facilitate.qualification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Date and list formatting shared by the engine's explanations (dates as users read them: dd/MM/yyyy). */
final class Wording {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Wording() {
    }

    /** dd/MM/yyyy; by hand for four-digit years, as verdict pages format thousands of dates. */
    static String date(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return UK_DATE.format(date);
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return new String(new char[] {
            (char) ('0' + day / 10), (char) ('0' + day % 10), '/',
            (char) ('0' + month / 10), (char) ('0' + month % 10), '/',
            (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10)});
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /** "or" form of {@link #and}. */
    static String or(List<String> items) {
        int n = items.size();
        if (n <= 1) {
            return and(items);
        }
        return String.join(", ", items.subList(0, n - 1)) + " or " + items.get(n - 1);
    }

    static String plural(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
