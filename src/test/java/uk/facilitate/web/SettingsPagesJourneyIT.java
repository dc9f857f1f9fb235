package uk.facilitate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;

/**
 * The settings pages in a real browser: cover targets (a manager sets and changes one and the matrix follows;
 * a coordinator only reads them), the borough's completion rule and recommended foundations, and a weekly
 * series of sessions generated on a cohort. Default deployment, each test with its own locality, people and
 * users built through the API; borough-wide settings are put back as they were.
 */
@SharedApp
class SettingsPagesJourneyIT {

    private static final String SOLIHULL = "solihull-approach";
    private static final String SOLIHULL_NAME = "Solihull Approach — the first five years";
    private static final String MELLOW = "mellow-parenting";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @SharedApp.Base
    URL base;

    @Test
    void aManagerSetsATargetForSolihullInOneLocalityAndTheMatrixCellFollowsItAStaleChangeIsRefused() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long vale = given.locality("Wyvern Vale");
        String valeName = "Wyvern Vale " + given.tag();
        String manager = given.user("targets", "WORKFORCE_MANAGER", null);
        ApiClient managerApi = ApiClient.as(base, manager, ApiFixtures.PASSWORD);
        assertEquals(Map.of(1, 2, 2, 2, 3, 2), targets(managerApi, vale), "the catalogue asks 2 per Solihull group");

        try (Browser browser = Browser.open(base).signIn(manager, ApiFixtures.PASSWORD)) {
            browser.go("cover/matrix.xhtml").click("targets-link");
            assertTrue(browser.text("precedence").contains("one for that need level in that locality, then one for the"
                    + " locality (every level), then one for the need level (every locality), then one for the whole"
                    + " programme, and where none is set, the catalogue's facilitators per group"), browser.text("precedence"));
            assertTrue(browser.text("defaults-table").contains(SOLIHULL_NAME + " 1, 2, 3 2"), browser.text("defaults-table"));

            browser.type("target", "3").click("add-target");
            assertTrue(fieldMessages(browser).contains("Choose the programme"), "beside the field: " + fieldMessages(browser));

            browser.choose("programme", SOLIHULL_NAME).choose("needLevel", "Need level 2").choose("locality", valeName)
                    .type("target", "3").click("add-target");
            browser.waitForText("Target set: " + SOLIHULL_NAME + ", need level 2, " + valeName + ", 3");

            assertEquals(Map.of(1, 2, 2, 3, 3, 2), targets(managerApi, vale),
                    "level 2 in the Vale takes the new target; the other levels keep the catalogue's number");
            browser.go("cover/matrix.xhtml").choose("programme", SOLIHULL_NAME).choose("locality", valeName).click("show");
            assertEquals(List.of("0 of 2", "0 of 3", "0 of 2"), matrixCells(browser),
                    "the matrix page shows the new target for level 2, nobody qualified yet");

            // Someone else changes the target while the manager has it open: the stale save is refused.
            browser.go("cover/targets.xhtml");
            rowAction(browser, valeName, "edit-target");
            browser.type("edit:target", "4");
            JsonObject current = target(admin, vale);
            assertEquals(200, admin.put("cover/targets/" + current.getJsonNumber("id"), "{\"target\":5,\"version\":"
                    + current.getJsonNumber("version") + "}").status());
            browser.click("save-target");
            browser.waitForText("Someone else changed this target since you opened it");
            assertEquals(5, target(admin, vale).getInt("target"), "not overwritten");

            rowAction(browser, valeName, "edit-target");
            browser.type("edit:target", "4").click("save-target");
            browser.waitForText("Target changed: " + SOLIHULL_NAME + ", need level 2, " + valeName + ", 4");
            assertEquals(Map.of(1, 2, 2, 4, 3, 2), targets(managerApi, vale));
            String row = row(browser, valeName).getText();
            assertTrue(row.contains("by " + manager), "who changed it last: " + row);
            browser.screenshot("settings-cover-targets-manager");
        }
    }

    @Test
    void aCoordinatorReadsTheTargetsButHasNoWayToChangeThem() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Wyvernside Council");
        long north = given.locality("Wyvern North");
        long claire = given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 6, council, north);
        String coordinator = given.user("claire", "COORDINATOR", claire);
        ApiClient coordinatorApi = ApiClient.as(base, coordinator, ApiFixtures.PASSWORD);
        long id = admin.create("cover/targets", "{\"programme\":" + q(SOLIHULL) + ",\"locality\":" + north + ",\"target\":3}");

        try (Browser browser = Browser.open(base).signIn(coordinator, ApiFixtures.PASSWORD)) {
            browser.go("cover/targets.xhtml");
            String row = row(browser, "Wyvern North " + given.tag()).getText();
            assertTrue(row.contains(SOLIHULL_NAME) && row.contains("Every level") && row.contains("3"), row);
            assertTrue(browser.has("read-only"), "told that managers set them");
            assertFalse(browser.has("add-target"), "no form to add");
            assertFalse(browser.has("edit-target") || browser.has("remove-target"), "no buttons to change or remove");
            assertEquals(403, browser.status("manager/cohort-settings.xhtml"));
            browser.screenshot("settings-cover-targets-coordinator");
        }
        assertEquals(200, coordinatorApi.get("cover/targets").status());
        assertEquals(403, coordinatorApi.post("cover/targets", "{\"programme\":" + q(SOLIHULL) + ",\"locality\":" + north
                + ",\"needLevel\":1,\"target\":1}").status());
        assertEquals(403, coordinatorApi.put("cover/targets/" + id, "{\"target\":1,\"version\":0}").status());
        assertEquals(403, coordinatorApi.delete("cover/targets/" + id + "?version=0").status());
        assertEquals(3, target(admin, north, null).getInt("target"), "unchanged");
    }

    @Test
    void aManagerMakesEightyPercentTheCompletionRuleAndRecommendsSolihullBeforeMellowParenting() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        String manager = given.user("settings", "WORKFORCE_MANAGER", null);
        JsonObject settingsBefore = admin.get("cohorts/settings").object();
        List<String> mellowBefore = foundationsOf(admin, MELLOW);
        try (Browser browser = Browser.open(base).signIn(manager, ApiFixtures.PASSWORD)) {
            browser.go("manager/cohorts.xhtml").click("settings-link");

            browser.type("minimumAttendancePercent", "150").click("save-settings");
            assertTrue(fieldMessages(browser).contains("Give a percentage from 1 to 100, or leave it empty for every session"),
                    fieldMessages(browser).toString());
            browser.type("minimumAttendancePercent", "80").type("expiringSoonDays", "60").click("save-settings");
            browser.waitForText("Cohort settings saved: at least 80% of sessions attended; expiring soon means within 60 days");
            assertEquals("at least 80% of sessions attended", browser.text("current-rule"));
            JsonObject saved = admin.get("cohorts/settings").object();
            assertEquals(80, saved.getInt("minimumAttendancePercent"));
            assertEquals(60, saved.getInt("expiringSoonDays"));

            // Someone else saves meanwhile: the page says so rather than overwriting their change.
            admin.put("cohorts/settings", "{\"minimumAttendancePercent\":90,\"expiringSoonDays\":60}");
            browser.type("minimumAttendancePercent", "75").click("save-settings");
            browser.waitForText("Someone else changed the cohort settings since you opened the page");
            assertEquals(90, admin.get("cohorts/settings").object().getInt("minimumAttendancePercent"));
            browser.go("manager/cohort-settings.xhtml");
            browser.type("minimumAttendancePercent", "80").click("save-settings");
            browser.waitForText("Cohort settings saved: at least 80% of sessions attended");

            browser.choose("programmeId", "Mellow Parenting");
            tick(browser, "foundations", SOLIHULL_NAME);
            browser.click("save-foundations");
            browser.waitForText("Recommended before Mellow Parenting: " + SOLIHULL_NAME);
            assertEquals(List.of(SOLIHULL), foundationsOf(admin, MELLOW));
            assertTrue(browser.text("foundations-table").contains("Mellow Parenting " + SOLIHULL_NAME),
                    browser.text("foundations-table"));
            browser.screenshot("settings-cohort-settings");
        } finally {
            admin.put("cohorts/settings", "{\"minimumAttendancePercent\":" + (ApiClient.isNull(settingsBefore, "minimumAttendancePercent")
                    ? "null" : settingsBefore.getInt("minimumAttendancePercent")) + ",\"expiringSoonDays\":"
                    + settingsBefore.getInt("expiringSoonDays") + "}");
            admin.put("cohorts/foundations/" + MELLOW, "{\"foundations\":[" + mellowBefore.stream().map(ApiClient::q)
                    .collect(Collectors.joining(",")) + "]}");
        }
    }

    @Test
    void aManagerAddsTwentyTwoWeeklySessionsOfTrainingForWorkWithParentsToACohort() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        String manager = given.user("series", "WORKFORCE_MANAGER", null);
        String title = "Training for Work with Parents, spring " + given.tag();
        long cohort = admin.create("cohorts", "{\"title\":" + q(title) + ",\"programmeId\":\"training-for-work-with-parents\","
                + "\"steps\":[\"course\"],\"provider\":\"Islington Parenting Support\",\"venue\":\"Family Hub, Mill Lane\","
                + "\"capacity\":12,\"costBasis\":\"PER_COHORT\",\"costPounds\":2400,\"sessions\":[]}");
        LocalDate first = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

        try (Browser browser = Browser.open(base).signIn(manager, ApiFixtures.PASSWORD)) {
            browser.go("manager/cohort.xhtml?id=" + cohort);
            assertEquals(title, browser.text("cohort-title"));

            browser.type("seriesStart", first.format(UK)).type("seriesCount", "61")
                    .type("seriesStartsAt", "10:00").type("seriesEndsAt", "09:30").click("add-series");
            List<String> refused = fieldMessages(browser);
            assertTrue(refused.contains("Give a number of sessions from 1 to 60"), refused.toString());
            assertTrue(refused.contains("A session must end after it starts (10:00)"), refused.toString());
            assertEquals(0, admin.get("cohorts/" + cohort + "/sessions").array().size(), "nothing saved");

            browser.type("seriesCount", "22").type("seriesEvery", "1").choose("seriesUnit", "weeks")
                    .type("seriesEndsAt", "12:00").click("add-series");
            browser.waitForText("22 sessions added, " + first.format(UK) + " to " + first.plusWeeks(21).format(UK)
                    + "; the cohort has 22 sessions");

            JsonArray sessions = admin.get("cohorts/" + cohort + "/sessions").array();
            assertEquals(22, sessions.size());
            for (int week = 0; week < 22; week++) {
                JsonObject s = sessions.getJsonObject(week);
                assertEquals(first.plusWeeks(week).toString(), s.getString("date"));
                assertTrue(s.getString("startsAt").startsWith("10:00") && s.getString("endsAt").startsWith("12:00"), s.toString());
            }
            assertEquals(22, browser.driver().findElements(By.cssSelector("[id$='edit-sessions'] .ui-datatable-data > tr"))
                    .size(), "the page lists the 22 sessions");
            assertTrue(browser.pageText().contains("Add a series"));
            browser.screenshot("settings-cohort-series");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Solihull's target at each need level in one locality, from the cover API. */
    private static Map<Integer, Integer> targets(ApiClient api, long locality) {
        JsonObject matrix = api.get("cover?on=" + LocalDate.now() + "&programme=" + SOLIHULL + "&locality=" + locality).object();
        return matrix.getJsonArray("rows").stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                r -> r.getInt("needLevel"), r -> r.getJsonArray("cells").getJsonArray(0).getInt(1)));
    }

    private static JsonObject target(ApiClient admin, long locality) {
        return target(admin, locality, 2);
    }

    /** The Solihull target set for a locality at a need level ({@code null}: every level). */
    private static JsonObject target(ApiClient admin, long locality, Integer needLevel) {
        return admin.get("cover/targets").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("programmeId").equals(SOLIHULL) && !ApiClient.isNull(t, "localityId")
                        && t.getJsonNumber("localityId").longValue() == locality
                        && (needLevel == null ? ApiClient.isNull(t, "needLevel")
                        : !ApiClient.isNull(t, "needLevel") && t.getInt("needLevel") == needLevel))
                .findFirst().orElseThrow();
    }

    private static List<String> foundationsOf(ApiClient api, String programme) {
        return api.get("cohorts/foundations").array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("programmeId").equals(programme)).findFirst()
                .map(f -> f.getJsonArray("foundationIds").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList())
                .orElse(List.of());
    }

    /** "0 of 2" for each cell of the matrix table, top to bottom. */
    private static List<String> matrixCells(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id$='cover-table'] a.cover-cell")).stream()
                .map(cell -> cell.findElement(By.cssSelector(".cover-count")).getText() + " of "
                        + cell.getText().replaceAll("(?s).*of (\\d+).*", "$1"))
                .toList();
    }

    /** Messages shown beside fields (p:message), not at the top of the page. */
    private static List<String> fieldMessages(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The row of the targets table naming a locality. */
    private static WebElement row(Browser browser, String locality) {
        browser.waitForText(locality);
        return browser.driver().findElements(By.cssSelector("[id$='targets-table'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(locality)).findFirst().orElseThrow();
    }

    private static void rowAction(Browser browser, String locality, String button) {
        row(browser, locality).findElement(By.cssSelector("[id$=':" + button + "']")).click();
        browser.waitForPage();
    }

    /** Ticks the checkbox with this label in a p:selectManyCheckbox. */
    private static void tick(Browser browser, String id, String label) {
        browser.field(id).findElements(By.tagName("label")).stream().filter(l -> l.getText().strip().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no checkbox labelled " + label)).click();
        browser.waitForAjax();
    }
}
