package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;

/**
 * The allowed side of issue 11's authorisation rules: who sees a cohort's nominees, self-entered DBS checks,
 * safeguarding and supervision waiting for a manager (and counting only once verified), and which
 * supervisors a session may name. {@link AuthorisationIT} holds the refusals.
 */
@SharedApp
class RecordRulesIT {

    @SharedApp.Base
    URL base;

    private static final String SOLIHULL = "solihull-approach";

    /** Wyvernside-like: Jade in North line-managed by Helen; Nadia the manager; Claire coordinating North. */
    private final class Borough {
        final ApiClient admin = ApiClient.admin(base);
        final ApiFixtures given = new ApiFixtures(admin);
        final long council = given.organisation("Records Council");
        final long trust = given.organisation("Records Health Trust");
        final long north = given.locality("North");
        final long south = given.locality("South");
        final long helen = given.staff("Helen", "Price", "MANAGER", 6, council, north);
        final long jade = given.staffManagedBy(helen, "Jade", "Bennett " + given.tag(), "FAMILY_SUPPORT_WORKER", 4,
                council, north);
        final long nadia = given.staff("Nadia", "Rahman", "MANAGER", 7, council, north);
        final long claire = given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 6, council, north);
        final long omar = given.staff("Omar", "Farah", "HEALTH_VISITOR", 6, trust, south);
        final String staffUser = given.user("jade", "STAFF", jade);
        final String managerUser = given.user("nadia", "WORKFORCE_MANAGER", nadia);
        final ApiClient staff = ApiClient.as(base, staffUser, ApiFixtures.PASSWORD);
        final ApiClient manager = ApiClient.as(base, managerUser, ApiFixtures.PASSWORD);
        final ApiClient coordinator = ApiClient.as(base, given.user("claire", "COORDINATOR", claire), ApiFixtures.PASSWORD);
    }

    @Test
    void aCohortsNomineesAreForManagersOnlyAsOnTheCohortPage() {
        Borough b = new Borough();
        String day = LocalDate.now().plusWeeks(6).toString();
        long event = b.admin.create("cohorts", "{\"title\":\"Group Teen " + b.given.tag() + "\",\"programmeId\":"
                + "\"triple-p-group-teen\",\"steps\":[\"provider-training\",\"accreditation\"],\"provider\":"
                + "\"Triple P UK\",\"venue\":\"Family Hub, Mill Lane\",\"capacity\":16,\"budgetCode\":\"WFD-2026\","
                + "\"sessions\":[{\"date\":\"" + day + "\",\"stepId\":\"provider-training\"},{\"date\":\""
                + LocalDate.parse(day).plusDays(1) + "\",\"stepId\":\"accreditation\"}]}");
        for (long person : List.of(b.jade, b.omar)) {
            ApiClient.Reply nominated = b.admin.post("cohorts/" + event + "/nominations", "{\"staffId\":" + person + "}");
            assertEquals(201, nominated.status(), nominated.toString());
        }

        ApiClient.Reply asManager = b.manager.get("cohorts/" + event);
        ApiClient.Reply asCoordinator = b.coordinator.get("cohorts/" + event);

        assertEquals(200, asManager.status(), asManager.toString());
        assertEquals(List.of(b.jade, b.omar), asManager.object().getJsonArray("nominations").stream()
                .map(n -> n.asJsonObject().getJsonNumber("staffId").longValue()).sorted().toList());
        assertEquals(403, asCoordinator.status(), "refused, as the page /manager/cohort.xhtml is: " + asCoordinator);
        assertFalse(asCoordinator.body().contains("Farah"), "no nominee is named: " + asCoordinator.body());
        // The list of cohorts (no personal data) and the person's own record stay open to the coordinator.
        assertEquals(200, b.coordinator.get("cohorts").status());
        assertEquals(200, b.coordinator.get("staff/" + b.jade + "/accreditations").status());
    }

    @Test
    void selfEnteredDbsAndSafeguardingWaitForAManagerAndCountOnceVerified() {
        Borough b = new Borough();
        b.given.accreditation(b.jade, SOLIHULL, "ACCREDITED", "2023-01-10", null);
        String issued = LocalDate.now().minusMonths(1).toString();

        JsonObject dbs = b.staff.post("staff/" + b.jade + "/compliance", "{\"kind\":\"DBS\",\"date\":" + q(issued)
                + ",\"certificateNumber\":\"001234567890\"}").object();
        JsonObject safeguarding = b.staff.post("staff/" + b.jade + "/compliance", "{\"kind\":\"SAFEGUARDING\",\"date\":"
                + q(issued) + ",\"safeguardingLevel\":3}").object();

        assertEquals("PENDING", dbs.getString("verification"));
        assertEquals("PENDING", safeguarding.getString("verification"));
        JsonObject before = solihullVerdict(b.staff, b.jade);
        assertFalse(before.getBoolean("qualified"), "her own entries do not count yet: " + before);
        assertFalse(rule(before, "DBS_CURRENT").getBoolean("met"));
        assertFalse(rule(before, "SAFEGUARDING_CURRENT").getBoolean("met"));

        List<JsonObject> queue = queueFor(b, "Bennett " + b.given.tag());
        assertEquals(List.of("DBS", "SAFEGUARDING"), queue.stream().map(p -> p.getString("kind")).toList(), queue.toString());
        assertEquals("Enhanced DBS check", queue.get(0).getString("what"));
        assertEquals("Certificate 001234567890", queue.get(0).getString("details"));
        assertEquals("Jade Bennett " + b.given.tag(), queue.get(0).getString("staffName"));

        long dbsVersion = queue.get(0).getJsonNumber("version").longValue();
        ApiClient.Reply stale = b.manager.post("verification/dbs/" + dbs.getJsonNumber("id") + "/verify",
                "{\"version\":" + (dbsVersion + 1) + "}");
        assertEquals(409, stale.status(), "a stale version is a conflict, not an overwrite: " + stale);
        ApiClient.Reply wrongKind = b.manager.post("verification/safeguarding/" + dbs.getJsonNumber("id") + "/verify",
                "{\"version\":" + dbsVersion + "}");
        assertEquals(404, wrongKind.status(), wrongKind.toString());
        for (JsonObject waiting : queue) {
            ApiClient.Reply verified = b.manager.post("verification/" + waiting.getString("kind").toLowerCase() + "/"
                    + waiting.getJsonNumber("id") + "/verify", "{\"version\":" + waiting.getJsonNumber("version") + "}");
            assertEquals(200, verified.status(), verified.toString());
            assertEquals("VERIFIED", verified.object().getString("verification"));
            assertEquals("nadia-" + b.given.tag(), verified.object().getString("verifiedBy"));
        }

        JsonObject after = solihullVerdict(b.staff, b.jade);
        assertTrue(after.getBoolean("qualified"), after.toString());
        assertTrue(queueFor(b, "Bennett " + b.given.tag()).isEmpty(), "nothing left waiting");
        assertTrue(b.staff.get("staff/" + b.jade + "/compliance").array().stream()
                .allMatch(c -> c.asJsonObject().getString("verification").equals("VERIFIED")));
    }

    @Test
    void withTheSettingOffTheBoroughCountsSelfEntriesAtOnceWhileTheyStillWaitInTheQueue() {
        Borough b = new Borough();
        b.given.accreditation(b.jade, SOLIHULL, "ACCREDITED", "2023-01-10", null);
        String issued = LocalDate.now().minusMonths(1).toString();
        b.staff.create("staff/" + b.jade + "/compliance", "{\"kind\":\"DBS\",\"date\":" + q(issued) + "}");
        b.staff.create("staff/" + b.jade + "/compliance", "{\"kind\":\"SAFEGUARDING\",\"date\":" + q(issued)
                + ",\"safeguardingLevel\":3}");
        String required = b.admin.get("settings/qualification").body();
        assertTrue(required.contains("\"requireVerifiedChecks\":true"), "on by default: " + required);
        assertFalse(solihullVerdict(b.staff, b.jade).getBoolean("qualified"));

        try {
            ApiClient.Reply off = b.admin.put("settings/qualification",
                    required.replace("\"requireVerifiedChecks\":true", "\"requireVerifiedChecks\":false"));
            assertEquals(200, off.status(), off.toString());
            assertFalse(off.object().getJsonObject("settings").getBoolean("requireVerifiedChecks"));

            assertTrue(solihullVerdict(b.staff, b.jade).getBoolean("qualified"), "counted at once");
            assertEquals(2, queueFor(b, "Bennett " + b.given.tag()).size(), "still waiting for a manager");
        } finally {
            assertEquals(200, b.admin.put("settings/qualification", required).status());
        }
        assertFalse(solihullVerdict(b.staff, b.jade).getBoolean("qualified"), "not counted once the setting is back on");
    }

    @Test
    void aSelfEnteredSupervisionSessionWaitsAndARejectionReachesThePractitioner() {
        Borough b = new Borough();
        JsonObject session = b.staff.post("staff/" + b.jade + "/supervision", "{\"date\":"
                + q(LocalDate.now().minusDays(2).toString()) + ",\"kind\":\"INDIVIDUAL\",\"minutes\":60,"
                + "\"supervisorName\":\"Jenny Murphy\"}").object();
        assertEquals("PENDING", session.getString("verification"));

        JsonObject waiting = queueFor(b, "Bennett " + b.given.tag()).get(0);
        assertEquals("SUPERVISION", waiting.getString("kind"));
        assertTrue(waiting.getString("details").contains("with Jenny Murphy"), waiting.toString());
        String path = "verification/supervision/" + session.getJsonNumber("id") + "/reject";
        ApiClient.Reply noReason = b.manager.post(path, "{\"version\":" + waiting.getJsonNumber("version") + "}");
        assertEquals(400, noReason.status(), noReason.toString());
        ApiClient.Reply rejected = b.manager.post(path, "{\"version\":" + waiting.getJsonNumber("version")
                + ",\"reason\":\"Jenny Murphy was on leave that week: check the date\"}");
        assertEquals(200, rejected.status(), rejected.toString());

        JsonObject seen = b.staff.get("staff/" + b.jade + "/supervision").array().getJsonObject(0);
        assertEquals("REJECTED", seen.getString("verification"));
        assertEquals("Jenny Murphy was on leave that week: check the date", seen.getString("rejectionReason"));
    }

    @Test
    void aManagersEntryForSomeoneElseIsVerifiedAtOnceButHerOwnWaitsForAnotherManager() {
        Borough b = new Borough();
        String issued = LocalDate.now().minusMonths(1).toString();
        String dbs = "{\"kind\":\"DBS\",\"date\":" + q(issued) + "}";

        JsonObject forJade = b.manager.post("staff/" + b.jade + "/compliance", dbs).object();
        JsonObject own = b.manager.post("staff/" + b.nadia + "/compliance", dbs).object();

        assertEquals("VERIFIED", forJade.getString("verification"));
        assertEquals("PENDING", own.getString("verification"));
        assertTrue(queueFor(b, "Rahman").stream().noneMatch(p -> p.getJsonNumber("staffId").longValue() == b.nadia),
                "her own entry is not in her queue");
        ApiClient.Reply ownVerified = b.manager.post("verification/dbs/" + own.getJsonNumber("id") + "/verify",
                "{\"version\":" + own.getJsonNumber("version") + "}");
        assertEquals(403, ownVerified.status(), ownVerified.toString());
        ApiClient.Reply byAdmin = b.admin.post("verification/dbs/" + own.getJsonNumber("id") + "/verify",
                "{\"version\":" + own.getJsonNumber("version") + "}");
        assertEquals(200, byAdmin.status(), "another manager (here the administrator) verifies it: " + byAdmin);
    }

    @Test
    void aSessionNamesOnlyASupervisorFromTheListAndAnUnknownIdRevealsNothing() {
        Borough b = new Borough();
        List<JsonObject> supervisors = b.staff.get("staff/" + b.jade + "/supervisors").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(b.helen, supervisors.get(0).getJsonNumber("id").longValue(), "her line manager first: " + supervisors);
        assertTrue(supervisors.stream().noneMatch(s -> s.getJsonNumber("id").longValue() == b.omar),
                "nobody from another organisation: " + supervisors);

        String session = "{\"date\":" + q(LocalDate.now().minusDays(1).toString()) + ",\"kind\":\"INDIVIDUAL\",\"supervisorId\":";
        ApiClient.Reply withHelen = b.staff.post("staff/" + b.jade + "/supervision", session + b.helen + "}");
        ApiClient.Reply withOmar = b.staff.post("staff/" + b.jade + "/supervision", session + b.omar + "}");
        ApiClient.Reply withNobody = b.staff.post("staff/" + b.jade + "/supervision", session + 987_654_321 + "}");
        ApiClient.Reply withHerself = b.staff.post("staff/" + b.jade + "/supervision", session + b.jade + "}");

        assertEquals(201, withHelen.status(), withHelen.toString());
        assertEquals(b.helen, withHelen.object().getJsonNumber("supervisorId").longValue());
        for (ApiClient.Reply refused : List.of(withOmar, withNobody, withHerself)) {
            assertEquals(400, refused.status(), refused.toString());
            JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
            assertEquals("supervisorId", error.getString("field"));
            assertEquals("Choose a supervisor from the list", error.getString("message"));
        }
        assertEquals(withOmar.object().toString(), withNobody.object().toString(),
                "an id that exists and one that does not are refused alike");
        assertEquals(1, b.admin.get("staff/" + b.jade + "/supervision").array().size(), "only Helen's session was saved");
    }

    @Test
    void onTheirRecordAPractitionersOwnDbsCheckWaitsUntilAManagerVerifiesItInTheQueue() {
        Borough b = new Borough();
        String jadeName = "Jade Bennett " + b.given.tag();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(b.staffUser, ApiFixtures.PASSWORD).go("my/record.xhtml");
            browser.click("add-dbs").type("certificateNumber", "001234567890").click("save-dbs");
            browser.waitForText("DBS check recorded. It is waiting for a manager to verify and does not count until then.");
            assertTrue(browser.text("dbs").contains("Waiting for a manager to verify"), browser.text("dbs"));
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(b.managerUser, ApiFixtures.PASSWORD).go("manager/verification.xhtml")
                    .type("name", b.given.tag()).click("find");
            browser.waitForText(jadeName);
            WebElement row = browser.driver().findElement(By.xpath("//tr[.//a[normalize-space(.)='" + jadeName + "']]"));
            assertTrue(row.getText().contains("Enhanced DBS check") && row.getText().contains("Certificate 001234567890"),
                    row.getText());
            row.findElement(By.xpath(".//button[contains(., 'Verify')]")).click();
            browser.waitForPage();
            browser.waitForText("Verified " + jadeName + "'s Enhanced DBS check record");
            browser.screenshot("records-verify-dbs");
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(b.staffUser, ApiFixtures.PASSWORD).go("my/record.xhtml");
            assertTrue(browser.text("dbs").contains("Verified by " + b.managerUser + " on"), browser.text("dbs"));
        }
    }

    private List<JsonObject> queueFor(Borough b, String name) {
        ApiClient.Reply pending = b.manager.get("accreditations/pending?name=" + name.replace(" ", "%20"));
        assertEquals(200, pending.status(), pending.toString());
        return pending.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject solihullVerdict(ApiClient as, long staffId) {
        return as.get("staff/" + staffId + "/qualifications?on=" + LocalDate.now()).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(v -> v.getString("programmeId").equals(SOLIHULL) && v.getInt("needLevel") == 1)
                .findFirst().orElseThrow();
    }

    private static JsonObject rule(JsonObject verdict, String rule) {
        return verdict.getJsonArray("rules").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("rule").equals(rule)).findFirst().orElseThrow();
    }
}
