package uk.facilitate.shared;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The borough's today: dates are English dates (Europe/London, declared here once), read from one clock
 * that the app injects, so a test or a demo can run on a date of its choosing. Serializable (the JDK's
 * clocks are), so pages kept in the session may hold it.
 */
public final class Today implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The borough's time zone: a date typed or shown is a date in England. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    /** Today as the machine's clock says it is in England. */
    public static Today system() {
        return new Today(Clock.system(ZONE));
    }

    /** Today's date in England. */
    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
