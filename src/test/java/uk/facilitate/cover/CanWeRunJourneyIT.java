package uk.facilitate.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;

/**
 * Issue 13's acceptance journey on the Wyvernside demo borough: the coordinator for South asks "Incredible Years,
 * need level 3, South, from 01/04/2027, 14 weeks, 2 facilitators" and sees named people with their conditions,
 * in at most four page loads from signing in; a manager asks for more facilitators than South has and follows
 * the link to a costed plan.
 */
@SharedApp(demo = true)
class CanWeRunJourneyIT {

    private static final String PROGRAMME = "Incredible Years (Webster-Stratton)";
    private static final String PASSWORD = "Demo-Cover-2026!";

    @SharedApp.Base
    URL base;

    @Test
    void theCoordinatorForSouthSeesWhoCanRunIncredibleYearsNextSpringWithTheirConditions() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("coordinator-south", PASSWORD); // loads 1 (sign-in page) and 2 (home)
            browser.driver().findElement(By.linkText("Can we run it?")).click(); // load 3
            browser.waitForPage();
            ask(browser, "South", "01/04/2027", "14", "2");

            String summary = browser.text("answer-summary");
            assertTrue(summary.matches("(Yes|Not yet): .* in South from 01/04/2027 \\(14 weekly sessions, 2 facilitators\\).*"),
                    summary);
            assertTrue(browser.text("answer-basis").startsWith("On the expected basis"), browser.text("answer-basis"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id$='available_data'] tr"));
            // On the records held nobody in South is still supervised by April (the borough asks every 90 days).
            ApiClient coordinator = ApiClient.as(base, "coordinator-south", PASSWORD);
            JsonObject held = coordinator.get("cover/cell?on=2027-04-01&programme=incredible-years&needLevel=3&locality="
                    + southId(coordinator)).object();
            assertEquals(0, held.getInt("count"), "the records held thin out by April: " + held);
            assertTrue(rows.size() >= 1 && !rows.get(0).getText().contains("Nobody serving"),
                    "on the expected basis named people are available: " + browser.pageText());
            assertTrue(rows.stream().noneMatch(r -> r.getText().isBlank()));
            String conditions = String.join("\n", rows.stream().map(WebElement::getText).toList());
            assertTrue(conditions.contains("supervision due by ") && conditions.contains("before the first session"),
                    "each person's renewals to book, with whether they are booked: " + conditions);
            assertTrue(conditions.contains("booked ") || conditions.contains("not booked"), conditions);

            // The matrix for that date counts the records held, and says where to ask instead.
            browser.go("cover/matrix.xhtml").type("on", "01/04/2027").click("show");
            browser.waitForAjax();
            assertTrue(browser.has("future-basis"), () -> browser.driver().findElement(By.cssSelector(
                    "input[id$=':on_input'], input[id$=':on']")).getAttribute("value") + "\n" + browser.pageText());
            assertTrue(browser.text("future-basis").contains("how many are expected"), browser.text("future-basis"));
            List<String> cells = browser.texts("a[id$=':cell']");
            String iyLevel3 = browser.driver().findElements(By.cssSelector("a[id$=':cell']")).stream()
                    .map(e -> e.getAttribute("aria-label")).filter(l -> l.startsWith(PROGRAMME + ", need level 3")).findFirst().orElse(String.join("\n", cells));
            java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("(\\d+) expected · (\\d+) on records held")
                    .matcher(iyLevel3);
            assertTrue(numbers.find(), "both numbers in the cell: " + iyLevel3);
            assertEquals(0, Integer.parseInt(numbers.group(2)), "nobody on the records held by April: " + iyLevel3);
            assertTrue(Integer.parseInt(numbers.group(1)) >= 1, "expected on the expected basis: " + iyLevel3);
            browser.click("can-we-run-link");
            assertTrue(browser.driver().getCurrentUrl().contains("cover/can-we-run.xhtml"));

            // North is listed, marked, and asking about it says why its people are not shown.
            ask(browser, "North (not one of your localities)", "01/04/2027", "14", "2");
            String refusal = browser.driver().findElement(By.cssSelector(".ui-messages-error")).getText();
            assertTrue(refusal.contains("North is not one of the localities you coordinate"), refusal);
            assertFalse(browser.has("answer-summary"), "no answer is shown for it");
        }
    }

    @Test
    void aManagerAsksForMoreFacilitatorsThanSouthHasAndFollowsTheLinkToACostedPlan() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("manager", "Demo-Verify-2026!");
            browser.go("cover/can-we-run.xhtml");
            ask(browser, "South", "01/04/2027", "14", "10");

            assertTrue(browser.text("answer-summary").startsWith("Not yet: "), browser.text("answer-summary"));
            browser.click("plan-training");
            assertTrue(browser.driver().getCurrentUrl().contains("manager/planner.xhtml?programme=incredible-years"),
                    browser.driver().getCurrentUrl());
            assertEquals("01/04/2027", targetDate(browser), "the planner opens on the gap's date");
            browser.click("propose");
            String plan = browser.pageText();
            assertTrue(plan.contains("Proposed plan: £"), plan);
            assertTrue(plan.contains("South") && plan.contains(PROGRAMME + " at need level 3 on 01/04/2027"), plan);
            System.out.println("CanWeRunJourneyIT: " + plan.substring(plan.indexOf("Proposed plan")).replace('\n', ' '));
        }
    }

    private static long southId(ApiClient client) {
        return client.get("localities").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("name").equals("South")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String targetDate(Browser browser) {
        return browser.driver().findElements(By.cssSelector("input[id*='targets:0']")).stream()
                .map(e -> e.getAttribute("value")).filter(v -> v != null && v.matches("\\d{2}/\\d{2}/\\d{4}"))
                .findFirst().orElse("(no date)");
    }

    private static void ask(Browser browser, String locality, String from, String sessions, String facilitators) {
        browser.choose("programme", PROGRAMME);
        browser.choose("needLevel", "Level 3");
        browser.choose("locality", locality);
        browser.type("from", from);
        browser.type("sessions", sessions);
        browser.type("facilitators", facilitators);
        browser.click("ask-button");
        browser.waitForAjax();
    }
}
