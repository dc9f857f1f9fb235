package uk.facilitate.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;

/**
 * A coordinator's cover journey in a real browser on the Wyvernside demo borough: Claire Donovan,
 * coordinator for North, opens the cover matrix, sees a cell below target, looks at who is counted
 * in it, then plans a group and assigns two facilitators the app offers her.
 */
@SharedApp(demo = true)
class CoverJourneyIT {

    private static final String USER = "coordinator";
    private static final String PASSWORD = "Demo-Cover-2026!";
    /** A short group (4 weekly sessions from the suggested start, in two weeks): the demo records no
     * supervision booked ahead and its borough policy asks supervision every 90 days, so cover thins out
     * within three months. */
    private static final LocalDate START = SharedApp.DEMO_TODAY.plusWeeks(2);

    @SharedApp.Base
    URL base;

    @Test
    void aCoordinatorSeesARedCellInNorthDrillsIntoItAndPlansAGroupWithTwoQualifiedFacilitators() {
        JsonObject wellCovered = wellCovered();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(USER, PASSWORD);
            browser.go("cover/matrix.xhtml");
            String scope = browser.text("locality-scope");
            assertTrue(scope.startsWith("You coordinate North, so cover is shown for that locality only; ask a workforce"
                    + " development manager about "), "says why other localities are missing: " + scope);

            List<WebElement> red = browser.driver().findElements(By.cssSelector("a.cover-RED"));
            assertFalse(red.isEmpty(), "North has a cell below target: " + browser.pageText());
            assertTrue(red.get(0).getText().contains("Below target"), "the status is written, not only coloured");
            red.get(0).click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("drill-title")));
            assertTrue(browser.text("drill-title").contains("North"), browser.text("drill-title"));
            assertTrue(browser.text("drill-summary").contains("Below target"), browser.text("drill-summary"));

            browser.go("cover/groups.xhtml");
            select(browser, "programmeId", wellCovered.getString("programmeName"));
            select(browser, "needLevel", "Level " + wellCovered.getInt("needLevel"));
            select(browser, "settingId", firstSetting(browser));
            assertEquals(START.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    browser.field("startDate_input").getAttribute("value"), "the form suggests a start in two weeks");
            browser.type("sessions", "4");
            browser.click("plan-group");
            assertTrue(browser.driver().getCurrentUrl().contains("cover/group.xhtml"), () -> {
                browser.screenshot("cover-journey-plan-refused");
                return browser.driver().getCurrentUrl() + ": " + browser.pageText();
            });

            int offered = browser.driver().findElements(Browser.byId("assign")).size();
            assertTrue(offered >= 2, "at least two qualified facilitators are offered, was " + offered);
            browser.click("assign");
            browser.click("assign");

            List<WebElement> assigned = browser.driver().findElements(By.cssSelector("[id$='assigned_data'] tr"));
            assertEquals(2, assigned.size(), browser.pageText());
            assertTrue(assigned.stream().allMatch(row -> row.getText().contains("Yes")),
                    "both are qualified on every session: " + browser.pageText());
            browser.screenshot("cover-journey");
        }
    }

    /**
     * On first run the demo has cohorts (a completed one among them, whose completers hold its records),
     * delivery groups and cover targets, and every facilitator the demo assigned to a group is qualified on
     * each of the group's session dates by the verdict API, and offered no warning that they lapse.
     */
    @Test
    void theDemoHasCohortsGroupsAndTargetsAndEveryAssignedFacilitatorIsQualifiedOnEverySessionDate() {
        ApiClient manager = ApiClient.as(base, "manager", "Demo-Verify-2026!");

        List<JsonObject> cohorts = manager.get("cohorts?max=100").array().getValuesAs(JsonObject.class);
        assertFalse(cohorts.isEmpty(), "the Cohorts page has cohorts");
        java.util.Set<String> statuses = new java.util.HashSet<>();
        cohorts.forEach(c -> statuses.add(c.getString("status")));
        assertTrue(statuses.containsAll(List.of("COMPLETED", "RUNNING", "OPEN", "PLANNED", "CANCELLED")), statuses.toString());
        JsonObject completed = cohorts.stream().filter(c -> c.getString("status").equals("COMPLETED")
                && c.getString("programmeId").equals("solihull-approach")).findFirst().orElseThrow();
        JsonObject detail = manager.get("cohorts/" + completed.getJsonNumber("id")).object();
        List<JsonObject> completers = detail.getJsonArray("nominations").getValuesAs(JsonObject.class).stream()
                .filter(n -> "COMPLETED".equals(n.getString("outcome", null))).toList();
        assertFalse(completers.isEmpty(), detail.toString());
        for (JsonObject nomination : completers) {
            long recordId = nomination.getJsonNumber("accreditationRecordId").longValue();
            JsonObject record = manager.get("staff/" + nomination.getJsonNumber("staffId") + "/accreditations").array()
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == recordId)
                    .findFirst().orElseThrow();
            assertEquals("COHORT", record.getString("origin"));
            assertEquals("solihull-approach", record.getString("programmeId"));
            assertEquals(completed.getString("lastDate"), record.getString("awardedOn"), "dated the last session");
        }

        assertFalse(manager.get("cover/targets").array().isEmpty(), "the borough has cover targets");

        List<JsonObject> groups = manager.get("groups?max=100").array().getValuesAs(JsonObject.class);
        assertFalse(groups.isEmpty(), "the Delivery groups page has groups");
        int checked = 0;
        for (JsonObject summary : groups) {
            JsonObject group = manager.get("groups/" + summary.getJsonNumber("id")).object();
            for (JsonObject facilitator : group.getJsonArray("facilitators").getValuesAs(JsonObject.class)) {
                assertTrue(facilitator.getBoolean("qualifiedThroughout"), group.toString());
                for (var date : group.getJsonArray("sessionDates")) {
                    String on = ((jakarta.json.JsonString) date).getString();
                    JsonObject verdict = manager.get("cover/verdict?staff=" + facilitator.getJsonNumber("staffId")
                            + "&programme=" + group.getString("programmeId") + "&needLevel=" + group.getInt("needLevel")
                            + "&on=" + on).object();
                    assertTrue(verdict.getBoolean("qualified"), facilitator.getString("name") + " on " + on + ": " + verdict);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "the demo assigned facilitators");
    }

    /**
     * The programme and need level with the most facilitators qualified in North from next week to the
     * group's last session, asked as the coordinator through the API (the demo is generated from today).
     */
    private JsonObject wellCovered() {
        JsonObject forecast = ApiClient.as(base, USER, PASSWORD).get("cover/forecast?dates=" + START + ","
                + START.plusWeeks(2) + "," + START.plusWeeks(3)).object();
        JsonObject best = null;
        int bestCount = -1;
        for (var value : forecast.getJsonArray("rows")) {
            JsonObject row = value.asJsonObject();
            JsonArray counts = row.getJsonArray("counts").getJsonArray(0);
            int least = Math.min(counts.getInt(0), Math.min(counts.getInt(1), counts.getInt(2)));
            if (least > bestCount) {
                bestCount = least;
                best = row;
            }
        }
        assertTrue(bestCount >= 3, "some programme is well covered in North: " + forecast);
        return best;
    }

    /**
     * Chooses an option of a p:selectOneMenu by its label through the menu's own widget, as a click on
     * the item would (the change event and its ajax update run).
     */
    private static void select(Browser browser, String id, String label) {
        WebElement select = browser.driver().findElement(By.cssSelector("select[id$=':" + id + "_input']"));
        String value = select.findElements(By.tagName("option")).stream()
                .filter(option -> option.getAttribute("textContent").strip().equals(label))
                .map(option -> option.getAttribute("value")).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + id));
        String clientId = select.getAttribute("id").replaceFirst("_input$", "");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", "widget_" + clientId.replace(':', '_'), value);
        browser.waitForAjax();
    }

    private static String firstSetting(Browser browser) {
        return browser.driver().findElements(By.cssSelector("select[id$='settingId_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip())
                .filter(label -> !label.startsWith("Choose"))
                .findFirst().orElseThrow(() -> new AssertionError("no setting in North to plan a group in"));
    }
}
