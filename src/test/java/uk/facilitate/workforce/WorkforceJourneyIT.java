package uk.facilitate.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;
import uk.facilitate.testing.TestDatabase;

/**
 * The workforce pages in a real browser: a manager filters the staff directory by programme and
 * exports it, imports a staff file (a bad row first, then the corrected file with its progress
 * bar), and coordinators and staff are kept out. Runs on the default deployment with its own
 * organisation, people and users built through the API, because exact lists ("exactly the people
 * holding Solihull") need data no other test touches; the demo borough is shared with other
 * browser journeys that change it.
 */
@SharedApp
class WorkforceJourneyIT {

    @SharedApp.Base
    URL base;

    private static final String SOLIHULL_NAME = "Solihull Approach — the first five years";

    @Test
    void aManagerFiltersTheDirectoryByProgrammeAndExportsExactlyThosePeople() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        String organisation = "Redditch Family Hub " + given.tag();
        long org = admin.create("organisations", "{\"name\":" + q(organisation) + ",\"kind\":\"COUNCIL\"}");
        long locality = given.locality("Redditch");
        long amira = given.staff("Amira", "Hussain", "HEALTH_VISITOR", 6, org, locality);
        long grace = given.staff("Grace", "Okafor", "FAMILY_SUPPORT_WORKER", 4, org, locality);
        long tom = given.staff("Tom", "Bradley", "FAMILY_SUPPORT_WORKER", 4, org, locality);
        given.staff("Joy", "Mensah", "SOCIAL_WORKER", 6, org, locality);
        given.accreditation(amira, "solihull-approach", "ACCREDITED", "2023-05-02", null);
        given.accreditation(grace, "solihull-approach", "TRAINED", "2025-02-11", null);
        given.accreditation(tom, "triple-p", "ACCREDITED", "2022-10-01", null);
        String manager = given.user("manager", "WORKFORCE_MANAGER", null);

        try (Browser browser = Browser.open(base).signIn(manager, ApiFixtures.PASSWORD)) {
            browser.go("directory/staff.xhtml");
            browser.choose("organisation", organisation).choose("programme", SOLIHULL_NAME).click("search");
            browser.waitForText("of 2 staff");

            assertEquals(List.of("Hussain, Amira", "Okafor, Grace"), browser.texts("#directory\\:staffTable .person-link"));
            assertTrue(browser.driver().findElement(By.cssSelector("#directory\\:staffTable .person-link"))
                    .getAttribute("href").endsWith("/directory/person.xhtml?id=" + amira), "links to the person page");

            Map<String, Object> csv = export(browser, "directory:exportCsv");
            Map<String, Object> xlsx = export(browser, "directory:exportXlsx");

            assertEquals(200L, csv.get("status"));
            String body = (String) csv.get("body");
            assertTrue(body.contains("Amira Hussain") && body.contains("Grace Okafor"), body);
            assertFalse(body.contains("Bradley") || body.contains("Mensah"), "only the filtered people: " + body);
            assertEquals(3, body.strip().lines().count(), "a header and the two people: " + body);
            assertTrue(body.lines().findFirst().orElse("").contains("Employee ref"), body);
            assertEquals(200L, xlsx.get("status"));
            assertTrue(String.valueOf(xlsx.get("type")).startsWith("application/vnd.openxmlformats"), xlsx.toString());
            browser.screenshot("workforce-directory-filtered");

            browser.driver().findElement(By.cssSelector("a[title='Edit Amira Hussain']")).click();
            browser.waitForPage();
            assertEquals("Hussain", browser.field("familyName").getAttribute("value"));
            browser.choose("professionalLevel", "Level 7").click("save");
            browser.waitForText("Saved the changes to Amira Hussain.");
            assertTrue(browser.driver().getCurrentUrl().contains("directory/staff.xhtml"), browser.driver().getCurrentUrl());
            assertEquals(7, ApiClient.as(base, manager, ApiFixtures.PASSWORD).get("directory?name=Hussain&organisation=" + org)
                    .object().getJsonArray("entries").getJsonObject(0).getInt("professionalLevel"));
        }
    }

    @Test
    void aManagerImportsAStaffFileFixingABadRowFirstAndWatchesItsProgress() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        String organisation = "Bromsgrove Council " + given.tag();
        admin.create("organisations", "{\"name\":" + q(organisation) + ",\"kind\":\"COUNCIL\"}");
        given.locality("Bromsgrove");
        String code = "BROMSGROVE-" + given.tag();
        String manager = given.user("importer", "WORKFORCE_MANAGER", null);
        StringBuilder rows = new StringBuilder("employee_ref,given_name,family_name,role,professional_level,organisation,"
                + "start_date,locality_codes\n");
        for (int i = 1; i <= 1000; i++) {
            rows.append("BRM-").append(given.tag()).append('-').append(String.format("%04d", i)).append(",Person,Number")
                    .append(i).append(",Family support worker,").append(i == 13 ? 9 : 3 + i % 4).append(",\"")
                    .append(organisation).append("\",01/09/2020,").append(code).append('\n');
        }
        Path bad = Files.createTempFile("staff-with-a-bad-row", ".csv");
        Path fixed = Files.createTempFile("staff-fixed", ".csv");
        Files.writeString(bad, rows.toString());
        Files.writeString(fixed, rows.toString().replace("Number13,Family support worker,9,", "Number13,Family support worker,5,"));
        ApiClient asManager = ApiClient.as(base, manager, ApiFixtures.PASSWORD);

        try (Browser browser = Browser.open(base).signIn(manager, ApiFixtures.PASSWORD)) {
            browser.go("manager/import.xhtml");
            browser.upload("file", bad).waitForText("problem(s) found");

            String page = browser.pageText();
            assertTrue(page.contains("Nothing can be imported until the file is corrected"), page);
            assertEquals(List.of("14"), browser.texts("[id$='staffImport:problems'] td.problem-line"), "line 14: the header is line 1");
            assertEquals(List.of("professional_level"), browser.texts("[id$='staffImport:problems'] td.problem-column"));
            assertEquals(List.of("must be an RQF level from 1 to 8 (was 9)"),
                    browser.texts("[id$='staffImport:problems'] td.problem-message"));
            assertFalse(browser.has("import"), "no Import button while the file has problems");
            assertEquals(0, directoryTotal(asManager, "BRM-" + given.tag()), "nothing imported");

            browser.upload("file", fixed).waitForText("No problems found: ready to add 1000 staff");
            browser.click("import");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d ->
                    browser.pageText().contains("Done: Imported 1,000 staff") || browser.pageText().contains("Failed:"));

            assertTrue(browser.pageText().contains("Done: Imported 1,000 staff from " + fixed.getFileName()), browser.pageText());
            assertEquals("100%", browser.text("progressBar").strip(), "the progress bar is full");
            assertEquals(1000, directoryTotal(asManager, "BRM-" + given.tag()));
            browser.screenshot("workforce-import-done");

            // The directory shows them 25 a page; an export holds every one of the filtered 1,000.
            browser.go("directory/staff.xhtml").choose("organisation", organisation).click("search");
            browser.waitForText("1–25 of 1000 staff");
            String csv = (String) export(browser, "directory:exportCsv").get("body");
            assertEquals(1001, csv.strip().lines().count(), "a header and all 1,000 people, not one page");
            assertTrue(csv.contains("Person Number1000"), "the last page's people too");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(fixed);
        }
    }

    @Test
    void aCoordinatorCannotImportAndAStaffMemberCannotOpenTheDirectory() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long org = given.organisation("Malvern Hills Council");
        long locality = given.locality("Malvern");
        String coordinator = given.user("coordinator", "COORDINATOR",
                given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 5, org, locality));
        String staff = given.user("staff", "STAFF", given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 3, org, locality));

        try (Browser browser = Browser.open(base).signIn(coordinator, ApiFixtures.PASSWORD)) {
            assertEquals(403, browser.status("manager/import.xhtml"));
            browser.go("manager/import.xhtml");
            assertEquals("Not allowed", browser.text("error-title"));
            assertEquals(200, browser.status("directory/staff.xhtml"), "coordinators may read the directory");
            assertEquals(403, postCsvAs(coordinator, "employee_ref,given_name\nX1,Claire\n"), "nor through the API");
            browser.screenshot("workforce-coordinator-refused");
        }
        try (Browser browser = Browser.open(base).signIn(staff, ApiFixtures.PASSWORD)) {
            assertEquals(403, browser.status("directory/staff.xhtml"));
            assertEquals(403, browser.status("admin/users.xhtml"));
            browser.go("directory/staff.xhtml");
            assertEquals("Not allowed", browser.text("error-title"));
            browser.screenshot("workforce-staff-refused");
        }
    }

    @Test
    void anAdministratorCreatesAnAccountForAStaffMemberThenDisablesIt() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long org = given.organisation("Wychavon Council");
        long jade = given.staff("Jade", "Bennett" + given.tag(), "FAMILY_SUPPORT_WORKER", 3, org, given.locality("Pershore"));
        String username = "jade." + given.tag();

        try (Browser browser = Browser.open(base).signIn(TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD)) {
            browser.go("admin/users.xhtml").click("newAccount");
            browser.type("username", username).type("password", "jadebennett");
            browser.click("createAccount");
            browser.waitForText("Password is too weak");

            browser.type("password", "Orchard-Gate-2027!");
            WebElement search = browser.field("staffId").findElement(By.cssSelector("input"));
            search.sendKeys("Bennett" + given.tag());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(
                    By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).isEmpty());
            browser.driver().findElement(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).click();
            browser.waitForAjax();
            browser.click("createAccount");
            browser.waitForText("Created the account " + username);
            browser.type("search", username).click("find");

            assertEquals(List.of(username), browser.texts(".username"));
            assertTrue(browser.pageText().contains("Jade Bennett" + given.tag()), "linked to her staff record");
            assertEquals(200, ApiClient.as(base, username, "Orchard-Gate-2027!").get("staff/" + jade + "/qualifications").status());

            try (Browser jadesBrowser = Browser.open(base).signIn(username, "Orchard-Gate-2027!")) {
                browser.driver().findElement(By.xpath("//button[normalize-space(.)='Disable']")).click();
                browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
                browser.waitForPage();
                browser.waitForText("Disabled " + username);

                assertTrue(browser.texts("td").contains("Disabled"), "said in words, not only by colour");
                assertEquals(401, ApiClient.as(base, username, "Orchard-Gate-2027!").get("programmes").status());
                jadesBrowser.go("");
                assertTrue(jadesBrowser.driver().getCurrentUrl().contains("login.xhtml?disabled=true"),
                        "her open session ends at her next click: " + jadesBrowser.driver().getCurrentUrl());
                assertTrue(jadesBrowser.pageText().contains("Your account has been disabled"));
            }
            browser.screenshot("workforce-users");
        }
    }

    /** Submits the directory form as the export button would, from the page, and returns status, type and body. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> export(Browser browser, String button) {
        String script = "var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('directory');"
                + "var data = new URLSearchParams(new FormData(form));"
                + "data.append(arguments[0], arguments[0]);"
                + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                + ".then(function (r) { return r.text().then(function (t) {"
                + " done({status: r.status, type: r.headers.get('Content-Type'), body: t}); }); })"
                + ".catch(function (e) { done({status: -1, type: '', body: String(e)}); });";
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(script, button);
    }

    private static int directoryTotal(ApiClient client, String name) {
        return client.get("directory?name=" + name).object().getInt("total");
    }

    private int postCsvAs(String user, String csv) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + ApiFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/*$", "/")
                        + "api/v1/imports/staff")).header("Authorization", "Basic " + auth)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
