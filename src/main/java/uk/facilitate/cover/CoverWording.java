package uk.facilitate.cover;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.facilitate.qualification.Rule;

/** The cover pages' and API's words for counts of lapses, in British English with dates as dd/MM/yyyy. */
public final class CoverWording {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    private CoverWording() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : UK.format(date);
    }

    /** "two", or "12" past ten. */
    public static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }

    /** "two accreditations expire", "one leaves post", "supervision falls due for three". */
    public static String lapses(List<Rule> causes, int people) {
        String n = number(people);
        boolean one = people == 1;
        if (causes.size() == 1) {
            return switch (causes.get(0)) {
                case STAFF_ACTIVE -> n + (one ? " leaves post" : " leave post");
                case ACCREDITATION_CURRENT -> n + (one ? " accreditation expires" : " accreditations expire");
                case SUPERVISION_CURRENT -> "supervision falls due for " + n;
                case DBS_CURRENT -> n + (one ? " DBS check due for renewal" : " DBS checks due for renewal");
                case SAFEGUARDING_CURRENT -> n + (one ? " safeguarding training due for refresh"
                        : " safeguarding trainings due for refresh");
                default -> n + (one ? " lapses: " : " lapse: ") + causes.get(0).whenLost();
            };
        }
        if (causes.isEmpty()) {
            return n + (one ? " lapses" : " lapse");
        }
        return n + (one ? " lapses as " : " lapse as ") + and(causes.stream().map(Rule::whenLost).toList());
    }

    /** "a, b and c". */
    public static String and(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }
}
