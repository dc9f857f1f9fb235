package uk.facilitate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.facilitate.shared.Today;

/**
 * How pages show dates, times and money to users in England ({@code #{fmt.date(d)}}): 24/11/2026,
 * 24/11/2026 14:05 (London time) and £1,000 or £1,000.50. The API keeps ISO-8601.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    @Inject
    private Today today;

    public static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Today.ZONE));
    }

    /** Whole pounds without pence (£14,000), otherwise with them (£12.50). */
    public String money(BigDecimal pounds) {
        if (pounds == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        boolean whole = pounds.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(pounds);
    }

    /** Today in England, the default date of every "on which date?" field. */
    public LocalDate today() {
        return today.date();
    }
}
