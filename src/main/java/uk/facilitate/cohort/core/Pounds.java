package uk.facilitate.cohort.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as users read it in explanations: £1,000 for whole pounds, £2,333.33 otherwise. */
public final class Pounds {

    private Pounds() {
    }

    public static String format(BigDecimal amount) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return (value.signum() < 0 ? "-£" : "£") + format.format(value.abs());
    }
}
