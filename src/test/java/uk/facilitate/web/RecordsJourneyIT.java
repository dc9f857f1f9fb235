package uk.facilitate.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.facilitate.accreditation.TestCertificates;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;

/**
 * My record, the verification queue and record privacy in a real browser. It runs on the tests'
 * own deployment and builds its own people through the API (not the demo borough), so each
 * verdict it checks follows from records the test itself wrote: a practitioner whose DBS and
 * safeguarding are current and who has no accreditation until the journey logs one.
 */
@SharedApp
class RecordsJourneyIT {

    @SharedApp.Base
    URL base;

    private static final String SOLIHULL = "solihull-approach";
    private static final String SOLIHULL_NAME = "Solihull Approach — the first five years";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** DBS issued a year ago (re-checked every 36 months); safeguarding more recent, so DBS lapses first. */
    private static final LocalDate DBS_ISSUED = LocalDate.now().minusYears(1);

    private record Person(long id, String username, String name, long locality) {
        ApiClient api(URL base) {
            return ApiClient.as(base, username, ApiFixtures.PASSWORD);
        }
    }

    /** A Luton family support worker at RQF 4 with DBS and level-3 safeguarding current, and a sign-in. */
    private static Person practitioner(ApiFixtures given, String givenName, String familyName) {
        long organisation = given.organisation("Luton Borough Council " + givenName);
        long locality = given.locality("Luton " + givenName);
        String family = familyName + " " + given.tag();
        long id = given.staff(givenName, family, "FAMILY_SUPPORT_WORKER", 4, organisation, locality);
        given.dbs(id, DBS_ISSUED.toString());
        given.safeguarding(id, LocalDate.now().minusMonths(2).toString(), 3);
        return new Person(id, given.user(givenName.toLowerCase(), "STAFF", id), givenName + " " + family, locality);
    }

    private static String manager(ApiFixtures given) {
        long council = given.organisation("Luton Borough Council workforce");
        long locality = given.locality("Luton workforce");
        long nadia = given.staff("Nadia", "Rahman " + given.tag(), "MANAGER", 7, council, locality);
        return given.user("nadia", "WORKFORCE_MANAGER", nadia);
    }

    /** Logs a Solihull accreditation as the person themselves, with the certificate; returns its id. */
    private long loggedWithCertificate(Person person) {
        ApiClient api = person.api(base);
        long recordId = api.create("staff/" + person.id() + "/accreditations", "{\"programmeId\":" + q(SOLIHULL)
                + ",\"stage\":\"ACCREDITED\",\"awardedOn\":" + q(LocalDate.now().minusMonths(1).toString())
                + ",\"certificateRef\":\"SOL-2026-0417\"}");
        ApiClient.Reply attached = api.postBytes("staff/" + person.id() + "/accreditations/" + recordId + "/evidence",
                "application/pdf", TestCertificates.PDF);
        assertEquals(200, attached.status(), attached.toString());
        return recordId;
    }

    @Test
    void aPractitionerLogsAnAccreditationWithItsCertificateAndASupervisionSession() {
        ApiFixtures given = new ApiFixtures(ApiClient.admin(base));
        Person sam = practitioner(given, "Sam", "Patel");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(sam.username(), ApiFixtures.PASSWORD).go("my/record.xhtml");
            assertEquals(sam.name(), browser.text("profile-name"));
            assertTrue(browser.text("verdicts-" + SOLIHULL).contains("You have no " + SOLIHULL_NAME + " training"),
                    browser.text("verdicts-" + SOLIHULL));

            browser.click("add-accreditation")
                    .choose("programmeId", SOLIHULL_NAME)
                    .choose("stage", "Accredited")
                    .type("awardedOn", LocalDate.now().minusMonths(1).format(UK))
                    .type("certificateRef", "SOL-2026-0417")
                    .upload("file", TestCertificates.pdfFile())
                    .click("save-accreditation");

            browser.waitForText("Accreditation logged. It is waiting for a manager to verify.");
            String panel = browser.text("verdicts-" + SOLIHULL);
            assertTrue(panel.contains("Your " + SOLIHULL_NAME + " accreditation is awaiting verification by a manager"), panel);
            assertTrue(panel.contains("waiting for a manager to verify; it does not count until a manager has verified it"),
                    panel);
            assertTrue(browser.text("accreditations").contains("Waiting for a manager to verify"));
            assertTrue(browser.text("accreditations").contains("View certificate"), "the certificate is attached");

            String sessionDate = LocalDate.now().minusDays(3).format(UK);
            browser.click("add-session")
                    .type("date", sessionDate)
                    .choose("kind", "Individual")
                    .type("supervisorName", "Jenny Murphy")
                    .type("minutes", "60")
                    .click("save-session");

            browser.waitForText("Supervision session logged.");
            String log = browser.text("supervision");
            assertTrue(log.contains(sessionDate) && log.contains("Jenny Murphy") && log.contains("General"), log);
            browser.screenshot("records-1-practitioner-logs-accreditation");

            // Her next supervision, booked ahead: it shows as booked and counts for nothing until held.
            String booked = LocalDate.now().plusDays(21).format(UK);
            browser.click("book")
                    .choose("renewal", "Supervision")
                    .type("date", booked)
                    .choose("kind", "Individual")
                    .type("supervisorName", "Jenny Murphy")
                    .click("save-booking");
            browser.waitForText("Booked for " + booked + ". It counts once it is marked held.");
            String bookings = browser.text("bookings");
            assertTrue(bookings.contains(booked) && bookings.contains("Supervision (individual) with Jenny Murphy, general")
                    && bookings.contains("Booked"), bookings);
            assertFalse(browser.has("mark-held"), "nothing to mark held before the day");
            String moved = LocalDate.now().format(UK);
            browser.click("move-booking").type("date", moved).click("save-move");
            browser.waitForText("Booking moved to " + moved + ".");
            browser.click("mark-held");
            browser.waitForText("marked held and logged");
            assertTrue(browser.text("bookings").contains("Held"), browser.text("bookings"));
            assertTrue(browser.text("supervision").contains(moved), "logged in the supervision log on its date");
        }
        ApiClient.Reply stored = sam.api(base).get("staff/" + sam.id() + "/accreditations");
        assertTrue(stored.array().getJsonObject(0).getBoolean("hasEvidence"), stored.toString());
    }

    @Test
    void aManagerViewsTheCertificateAndVerifiesItAndThePractitionerIsQualifiedUntilTheirDbsLapses() {
        ApiFixtures given = new ApiFixtures(ApiClient.admin(base));
        Person sam = practitioner(given, "Samira", "Khan");
        long recordId = loggedWithCertificate(sam);
        String nadia = manager(given);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(nadia, ApiFixtures.PASSWORD).go("manager/verification.xhtml")
                    .type("name", given.tag()).click("find");
            WebElement row = browser.driver().findElement(By.xpath("//tr[.//a[normalize-space(.)=" + literal(sam.name()) + "]]"));
            assertTrue(row.getText().contains(SOLIHULL_NAME) && row.getText().contains("SOL-2026-0417"), row.getText());
            String evidence = row.findElement(By.cssSelector("a.evidence-link")).getAttribute("href");
            HttpResponse<byte[]> file = fetch(browser, evidence);
            assertEquals(200, file.statusCode());
            assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(TestCertificates.PDF, file.body(), "the certificate as uploaded");
            assertTrue(evidence.endsWith("/api/v1/accreditations/" + recordId + "/evidence"), evidence);

            row.findElement(By.xpath(".//button[contains(., 'Verify')]")).click();
            browser.waitForPage();
            browser.waitForText("Verified " + sam.name() + "'s " + SOLIHULL_NAME + " record");
            assertTrue(browser.driver().findElements(By.xpath("//tr[.//a[normalize-space(.)=" + literal(sam.name()) + "]]"))
                    .isEmpty(), "no longer waiting");
            browser.screenshot("records-2-manager-verifies");
        }

        try (Browser browser = Browser.open(base)) {
            browser.signIn(sam.username(), ApiFixtures.PASSWORD).go("my/record.xhtml");
            String lapse = DBS_ISSUED.plusMonths(36).minusDays(1).format(UK);
            String panel = browser.text("verdicts-" + SOLIHULL);
            assertTrue(panel.contains("Need levels 1 and 2: Qualified until " + lapse + ": DBS check due for renewal"), panel);
            assertTrue(browser.text("accreditations").contains("Verified by " + nadia + " on"), browser.text("accreditations"));
            browser.screenshot("records-3-practitioner-qualified");
        }
    }

    @Test
    void aPractitionerCannotReadAnotherPersonsRecordThroughThePagesOrTheApi() {
        ApiFixtures given = new ApiFixtures(ApiClient.admin(base));
        Person sam = practitioner(given, "Stella", "Moore");
        Person tom = practitioner(given, "Tom", "Bradley");
        long tomsRecord = loggedWithCertificate(tom);
        ApiClient asSam = sam.api(base);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(sam.username(), ApiFixtures.PASSWORD);
            assertEquals(403, browser.status("directory/person.xhtml?id=" + tom.id()), "the person page is for managers and coordinators");
            assertEquals(403, browser.status("manager/verification.xhtml"));
            assertEquals(404, browser.status("api/v1/staff/" + tom.id()));
            assertEquals(404, browser.status("api/v1/staff/" + tom.id() + "/accreditations"));
            assertEquals(404, browser.status("api/v1/accreditations/" + tomsRecord + "/evidence"));
            assertEquals(200, browser.status("my/record.xhtml"));
            browser.go("directory/person.xhtml?id=" + tom.id());
            assertTrue(!browser.pageText().contains(tom.name()), "nothing of Tom's record is shown");
            browser.screenshot("records-4-someone-elses-record-refused");
        }
        assertEquals(404, asSam.get("staff/" + tom.id()).status());
        assertEquals(404, asSam.get("staff/" + tom.id() + "/accreditations").status());
        assertEquals(404, asSam.get("staff/" + tom.id() + "/qualifications").status());
        assertEquals(404, asSam.download("accreditations/" + tomsRecord + "/evidence").statusCode());

        // A coordinator reads records in her own localities only: someone elsewhere is "not found".
        long council = given.organisation("Luton Borough Council coordination");
        long claireId = given.staff("Claire", "Donovan " + given.tag(), "MANAGER", 6, council, sam.locality());
        String claire = given.user("claire", "COORDINATOR", claireId);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(claire, ApiFixtures.PASSWORD);
            assertEquals(404, browser.status("directory/person.xhtml?id=" + tom.id()));
            browser.go("directory/person.xhtml?id=" + sam.id());
            assertEquals(sam.name(), browser.text("person-name"));
            assertTrue(browser.has("read-only") && !browser.has("add-accreditation"), "coordinators only read");
        }
    }

    /** GET with the browser's session: what "View certificate" opens. */
    private static HttpResponse<byte[]> fetch(Browser browser, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie().getValue()).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "") + "'";
    }
}
