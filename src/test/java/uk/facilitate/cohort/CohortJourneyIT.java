package uk.facilitate.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;

/**
 * A manager runs a cohort from start to finish in a real browser, on the Wyvernside demo borough:
 * plans it, nominates three people, records attendance, completes it; then the staff member sees the
 * outcome, and her "What I can facilitate" panel shows the new programme, honestly marked as waiting for
 * a manager's verification.
 */
@SharedApp(demo = true)
class CohortJourneyIT {

    private static final String MANAGER_PASSWORD = "Demo-Verify-2026!";
    private static final String STAFF_PASSWORD = "Demo-Records-2026!";

    @SharedApp.Base
    URL base;

    @Test
    void aManagerPlansNominatesRecordsAttendanceAndCompletesACohortAndJadeSeesHerPendingRecord() {
        journey(base);
    }

    /** The journey on a deployment of the demo borough at {@code base}. */
    static void journey(URL base) {
        ApiClient manager = ApiClient.as(base, "manager", MANAGER_PASSWORD);
        List<JsonObject> others = manager.get("staff?max=100").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> ApiClient.isNull(s, "leaveDate") && !s.getString("familyName").equals("Bennett"))
                .limit(2).toList();
        String title = "Group Teen Triple P journey " + System.currentTimeMillis();
        // Three weeks before the demo's today, on a Monday, so all five drafted days have taken place.
        LocalDate start = SharedApp.DEMO_TODAY.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        try (Browser browser = Browser.open(base)) {
            browser.signIn("manager", MANAGER_PASSWORD);
            browser.go("manager/cohorts.xhtml");
            browser.choose("programmeId", "Group Teen Triple P");
            browser.type("title", title);
            browser.type("draftStart", start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.click("create-cohort");

            assertEquals(title, browser.text("cohort-title"), browser.pageText());
            assertTrue(browser.text("status").startsWith("Planned"));
            browser.click("add-session").click("save-sessions");
            assertTrue(browser.pageText().contains("Sessions saved"), browser.pageText());
            browser.click("open");
            for (String nominee : List.of("Jade Bennett", others.get(0).getString("employeeRef"),
                    others.get(1).getString("employeeRef"))) {
                browser.type("nominee", nominee).click("nominate");
                assertTrue(browser.pageText().contains("place confirmed"), browser.pageText());
            }
            assertTrue(browser.text("places").startsWith("3 of 16 confirmed"), browser.text("places"));
            browser.click("confirm").click("start");
            browser.click("all-present").click("save-attendance");
            assertTrue(browser.pageText().contains("Attendance saved"), browser.pageText());
            browser.click("complete");

            assertTrue(browser.pageText().contains("3 completed; records created pending verification"), browser.pageText());
            assertTrue(browser.text("status").startsWith("Completed"), browser.text("status"));
            assertEquals(3, browser.texts("li.completed").size());
            assertTrue(browser.pageText().contains("attended 6 of 6 sessions"), "the added sixth session counts");
            browser.screenshot("cohort-journey-manager");
        }

        try (Browser jade = Browser.open(base)) {
            jade.signIn("staff", STAFF_PASSWORD);
            jade.go("my/training.xhtml");
            assertTrue(jade.pageText().contains(title), jade.pageText());
            assertTrue(jade.pageText().contains("Completed: a record has been added to your file, pending a manager's verification"),
                    jade.pageText());
            jade.screenshot("cohort-journey-staff");
            jade.go("my/record.xhtml");
            String panel = jade.text("verdicts-triple-p-group-teen");
            assertTrue(panel.contains("Group Teen Triple P"), panel);
            assertTrue(panel.contains("The accredited record logged on") && panel.contains("is waiting for a manager to verify"),
                    "the new programme is shown with its pending verification, honestly: " + panel);
            jade.screenshot("cohort-journey-what-i-can-facilitate");
        }
        JsonObject jadeRecord = manager.get("staff?name=Bennett").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("givenName").equals("Jade")).findFirst().orElseThrow();
        JsonObject fromCohort = manager.get("staff/" + jadeRecord.getJsonNumber("id") + "/accreditations").array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("origin").equals("COHORT")).findFirst().orElseThrow();
        assertEquals("triple-p-group-teen", fromCohort.getString("programmeId"));
        assertEquals("ACCREDITED", fromCohort.getString("stage"));
        assertEquals("PENDING", fromCohort.getString("verification"));
    }
}
