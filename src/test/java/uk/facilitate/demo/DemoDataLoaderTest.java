package uk.facilitate.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.demo.DemoBorough.UserRow;

/** The block a newcomer reads in the log after the first start. */
class DemoDataLoaderTest {

    static final DemoBorough WYVERNSIDE = DemoBorough.generate(LocalDate.of(2026, 3, 17), DemoBorough.DEFAULT_SEED);

    @Test
    void theLogSaysWhatWasLoadedAndHowToSignInAsTheManager() {
        DemoDataLoader.Loaded loaded = new DemoDataLoader.Loaded(300, 5, 4, 22, 670, 10, 2967, 481, 419, 0,
                WYVERNSIDE.users(), List.of(), new DemoDataLoader.Planned(5, 38, 4, 6, 4));

        String text = DemoDataLoader.summary(loaded, 8080);

        assertTrue(text.startsWith("Demo data loaded: 300 staff"), text);
        assertTrue(text.contains("(10 awaiting verification)"), text);
        assertTrue(text.contains("Sign in at http://localhost:8080/ as manager / " + DemoBorough.MANAGER_PASSWORD
                + " (Nadia Rahman, Workforce Development Manager"), text);
        for (UserRow user : WYVERNSIDE.users()) {
            assertTrue(text.contains(user.username()) && text.contains(user.password()), user.username());
        }
        assertFalse(text.contains("Skipped"), "nothing skipped, nothing said");
        assertTrue(text.contains("5 cohorts with 38 nominations, 4 delivery groups with 6 facilitators, and 4 cover"
                + " targets"), text);
    }

    @Test
    void anAdministratorMadeFromConfigurationKeepsItsPasswordAndTheLogSaysSo() {
        List<UserRow> created = WYVERNSIDE.users().stream().filter(user -> !user.username().equals("admin")).toList();
        DemoDataLoader.Loaded loaded = new DemoDataLoader.Loaded(300, 5, 4, 22, 668, 10, 2960, 481, 419, 9,
                created, List.of("admin"), null);

        String text = DemoDataLoader.summary(loaded, 9090);

        assertFalse(text.contains(DemoBorough.ADMIN_PASSWORD), text);
        assertTrue(text.contains("admin already existed and keeps its own password"), text);
        assertTrue(text.contains("Skipped 9 records for programmes that are not in the training catalogue"), text);
        assertTrue(text.contains("http://localhost:9090/"), text);
    }
}
