package uk.facilitate.devserver;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import uk.facilitate.testing.Browser;

/**
 * Takes the README's screenshots of the main pages from a running app with the Wyvernside demo
 * borough, as its demo users see them, into {@code docs/screenshots/}. With the app running
 * ({@code ./mvnw -Prun package}, fresh {@code ./data}), in another terminal:
 * {@code ./mvnw -Pscreenshots package [-Dscreenshots.url=http://localhost:8080/]}.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(System.getProperty("screenshots.url", "http://localhost:8080/"));
        Path folder = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
        Files.createDirectories(folder);
        shoot(base, folder, "staff", "Demo-Records-2026!", "my-record", "my/record.xhtml");
        shoot(base, folder, "manager", "Demo-Verify-2026!", "staff-directory", "directory/staff.xhtml");
        shoot(base, folder, "manager", "Demo-Verify-2026!", "verification-queue", "manager/verification.xhtml");
        shoot(base, folder, "manager", "Demo-Verify-2026!", "import", "manager/import.xhtml");
        shoot(base, folder, "manager", "Demo-Verify-2026!", "cohorts", "manager/cohorts.xhtml");
        shoot(base, folder, "manager", "Demo-Verify-2026!", "cohort", "manager/cohort.xhtml?id=1");
        shoot(base, folder, "manager", "Demo-Verify-2026!", "training-needs", "manager/training-needs.xhtml");
        shoot(base, folder, "manager", "Demo-Verify-2026!", "cover-targets", "cover/targets.xhtml");
        shoot(base, folder, "coordinator", "Demo-Cover-2026!", "cover-matrix", "cover/matrix.xhtml");
        shoot(base, folder, "coordinator", "Demo-Cover-2026!", "cover-forecast", "cover/forecast.xhtml");
        shoot(base, folder, "coordinator", "Demo-Cover-2026!", "delivery-groups", "cover/groups.xhtml");
        shoot(base, folder, "admin", "Demo-Setup-2026!", "catalogue", "catalogue.xhtml?id=incredible-years");
        System.out.println("Screenshots written to " + folder.toAbsolutePath());
    }

    private static void shoot(URL base, Path folder, String user, String password, String name, String page)
            throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user, password).go(page);
            browser.driver().manage().window().setSize(new Dimension(1400, 1100));
            browser.waitForPage();
            Path shot = browser.screenshot(name);
            Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("  " + name + ": " + page + " as " + user);
        }
    }
}
