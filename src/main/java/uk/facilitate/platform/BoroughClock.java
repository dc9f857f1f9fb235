package uk.facilitate.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.facilitate.shared.Today;

/**
 * Gives the app its {@link Today}: the machine's clock, or, with {@code facilitate.today} set (an ISO
 * date), a clock that starts on that date and runs on from there, for demonstrations and tests.
 */
@ApplicationScoped
public class BoroughClock {

    private static final Logger LOG = Logger.getLogger(BoroughClock.class.getName());

    private final Today today;

    @Inject
    public BoroughClock(@ConfigProperty(name = "facilitate.today") Optional<LocalDate> startOn) {
        Clock system = Clock.system(Today.ZONE);
        today = startOn.map(date -> {
            long days = ChronoUnit.DAYS.between(LocalDate.now(system), date);
            LOG.info("Today is set to " + date + " (facilitate.today); the clock runs on from there");
            return new Today(Clock.offset(system, Duration.ofDays(days)));
        }).orElseGet(Today::system);
    }

    /** For the container's proxy. */
    protected BoroughClock() {
        today = Today.system();
    }

    @Produces
    public Today today() {
        return today;
    }
}
