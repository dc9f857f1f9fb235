package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;
import uk.facilitate.testing.TestDatabase;

/**
 * Bad input and unlucky timing get a 4xx that names what is wrong (problem+json for the API, the
 * friendly page with the right status for pages), never a 500, and change nothing (issue 11, item 6).
 */
@SharedApp
class ErrorAnswersIT {

    private static final long NOBODY = 987_654_321L;

    @SharedApp.Base
    URL base;

    private final class Borough {
        final ApiClient admin = ApiClient.admin(base);
        final ApiFixtures given = new ApiFixtures(admin);
        final long council = given.organisation("Errors Council");
        final long north = given.locality("North");
        final long jade = given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 3, council, north);
    }

    @Test
    void writingARecordForSomeoneWhoDoesNotExistIsNotFoundNamingThem() {
        ApiClient admin = ApiClient.admin(base);
        String today = LocalDate.now().toString();
        Map<String, String> bodies = Map.of(
                "supervision", "{\"date\":" + q(today) + ",\"kind\":\"INDIVIDUAL\",\"minutes\":60}",
                "accreditations", "{\"programmeId\":\"solihull-approach\",\"stage\":\"TRAINED\",\"awardedOn\":" + q(today) + "}",
                "compliance", "{\"kind\":\"DBS\",\"date\":" + q(today) + ",\"certificateNumber\":\"001234567890\"}");
        bodies.forEach((records, body) -> {
            ApiClient.Reply reply = admin.post("staff/" + NOBODY + "/" + records, body);
            assertProblem(404, reply);
            assertTrue(reply.object().getString("detail").contains(String.valueOf(NOBODY)), reply.toString());
        });
    }

    @Test
    void overLongTextIsRefusedNamingTheFieldAndNothingIsStored() {
        Borough b = new Borough();
        String today = LocalDate.now().toString();

        ApiClient.Reply notes = b.admin.post("staff/" + b.jade + "/supervision", "{\"date\":" + q(today)
                + ",\"kind\":\"INDIVIDUAL\",\"notes\":" + q("n".repeat(65_536)) + "}");
        assertField(400, "notes", notes);
        ApiClient.Reply name = b.admin.post("staff", "{\"employeeRef\":\"LONG-" + b.given.tag() + "\",\"givenName\":"
                + q("G".repeat(201)) + ",\"familyName\":\"Long\",\"role\":\"MIDWIFE\",\"organisationId\":" + b.council + "}");
        assertField(400, "givenName", name);
        ApiClient.Reply code = b.admin.post("localities", "{\"code\":" + q("C".repeat(33)) + ",\"name\":\"Too long\"}");
        assertField(400, "code", code);

        assertEquals(0, b.admin.get("staff/" + b.jade + "/supervision").array().size(), "no session stored");
        assertFalse(b.admin.get("staff?name=Long&max=500").body().contains("LONG-" + b.given.tag()), "nobody added");
    }

    @Test
    void datesOutsideTheAcceptedRangeAreRefusedNamingTheField() {
        Borough b = new Borough();
        ApiClient.Reply farFuture = b.admin.post("staff", "{\"employeeRef\":\"DATE-" + b.given.tag()
                + "\",\"givenName\":\"Far\",\"familyName\":\"Future\",\"role\":\"MIDWIFE\",\"organisationId\":" + b.council
                + ",\"startDate\":\"+10000-01-01\"}");
        assertField(400, "startDate", farFuture);
        long centre = b.admin.create("settings", "{\"name\":" + q("Errors Centre " + b.given.tag())
                + ",\"kind\":\"CHILDRENS_CENTRE\",\"organisationId\":" + b.council + ",\"localityId\":" + b.north + "}");
        ApiClient.Reply group = b.admin.post("groups", "{\"programmeId\":\"solihull-approach\",\"needLevel\":1,"
                + "\"settingId\":" + centre + ",\"startDate\":\"9999-12-01\"}");
        assertField(400, "startDate", group);
        assertField(400, "awardedOn", b.admin.post("staff/" + b.jade + "/accreditations",
                "{\"programmeId\":\"solihull-approach\",\"stage\":\"TRAINED\",\"awardedOn\":\"1066-10-14\"}"));
        assertField(400, "on", b.admin.get("staff/" + b.jade + "/qualifications?on=9999-12-31"));
        assertEquals(0, b.admin.get("groups?max=500").array().stream()
                .filter(g -> g.asJsonObject().getString("startDate").startsWith("9999")).count(), "no group stored");
    }

    @Test
    void badQueryParametersAreRefusedNamingTheParameter() {
        ApiClient admin = ApiClient.admin(base);
        assertField(400, "max", admin.get("staff?max=abc"));
        assertField(400, "first", admin.get("accreditations/pending?first=-"));
        assertField(400, "role", admin.get("directory?role=KING"));
        assertField(400, "stage", admin.get("directory?stage=knighted"));
        assertField(400, "descending", admin.get("directory?descending=perhaps"));
        assertField(400, "status", admin.get("cohorts?status=SOMEDAY"));
        assertField(400, "locality", admin.get("cover?locality=north"));
        assertField(400, "on", admin.get("cover?on=tomorrow"));
        assertField(400, "needLevel", admin.get("facilitators?programme=solihull-approach&needLevel=two"));
        assertField(400, "dryRun", admin.postBytes("imports/staff?dryRun=maybe", "text/csv",
                "employee_ref\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(200, admin.get("directory?role=MIDWIFE&max=10&descending=true").status(), "good values still work");
    }

    @Test
    void aBooleanGivenSomethingElseIsRefusedNotStoredAsFalse() {
        Borough b = new Borough();
        ApiClient.Reply maybe = b.admin.post("staff/" + b.jade + "/compliance", "{\"kind\":\"DBS\",\"date\":"
                + q(LocalDate.now().minusDays(3).toString()) + ",\"certificateNumber\":\"001234567890\",\"updateService\":\"maybe\"}");
        assertField(400, "updateService", maybe);
        assertField(400, "registeredProfessional", b.admin.put("staff/" + b.jade, "{\"registeredProfessional\":1}"));
        assertEquals(0, b.admin.get("staff/" + b.jade + "/compliance").array().size(), "nothing stored");
    }

    @Test
    void everyConflictIsExplainedInTheAppsOwnWords() throws Exception {
        Borough b = new Borough();
        List<String> leaks = new ArrayList<>();
        int conflicts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int race = 0; race < 30; race++) {
                JsonObject staff = b.admin.get("staff/" + b.jade).object();
                long version = staff.getJsonNumber("version").longValue();
                List<Future<ApiClient.Reply>> answers = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    String body = "{\"employeeRef\":" + q(staff.getString("employeeRef")) + ",\"givenName\":\"Jade\","
                            + "\"familyName\":" + q("Bennett-" + race + "-" + writer) + ",\"role\":\"FAMILY_SUPPORT_WORKER\","
                            + "\"professionalLevel\":3,\"organisationId\":" + b.council + ",\"localityIds\":[" + b.north + "],"
                            + "\"version\":" + version + "}";
                    answers.add(pool.submit(() -> b.admin.put("staff/" + b.jade, body)));
                }
                for (Future<ApiClient.Reply> answer : answers) {
                    ApiClient.Reply reply = answer.get();
                    if (reply.status() == 409) {
                        conflicts++;
                        String detail = reply.object().getString("detail");
                        if (detail.contains("Exception") || detail.contains("EclipseLink") || !detail.contains("reload")) {
                            leaks.add(detail);
                        }
                    } else {
                        assertEquals(200, reply.status(), reply.toString());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("ErrorAnswersIT: %d conflicts in 30 races%n", conflicts);
        assertTrue(conflicts > 0, "the races conflicted");
        assertTrue(leaks.isEmpty(), "409s leaking internals: " + leaks);
    }

    @Test
    void aGroupPageForABadOrUnknownIdIsTheFriendlyNotFoundPage() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
            assertEquals(404, browser.status("cover/group.xhtml?id=abc"));
            assertEquals(404, browser.status("cover/group.xhtml?id=" + NOBODY));
            assertEquals(404, browser.status("cover/group.xhtml"));
            browser.go("cover/group.xhtml?id=abc");
            assertTrue(browser.pageText().contains("Not found"), browser.pageText());
        }
    }

    @Test
    void aStaleViewStateIsThePageExpiredPageWithBadRequest() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base.toString().replaceFirst("/*$", "/") + "cover/groups.xhtml"))
                    .header("Cookie", "JSESSIONID=" + browser.sessionCookie().getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("plan=plan&jakarta.faces.ViewState=-1234567890%3A987654321"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode());
            assertTrue(answer.body().contains("Page expired"), answer.body());
        }
    }

    /**
     * One person's session loading their record page many times at once, as a browser with several
     * tabs (or a load test) does: every answer must be the page.
     */
    @Test
    void concurrentLoadsOfOnesOwnRecordAllSucceed() throws Exception {
        Borough b = new Borough();
        String user = b.given.user("jade", "STAFF", b.jade);
        b.given.compliant(b.jade, LocalDate.now().minusMonths(2).toString());
        b.given.supervision(b.jade, LocalDate.now().minusDays(10).toString());
        int requests = Integer.getInteger("errors.recordLoads", 1000);
        int connections = 40;
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Integer, String> wrong = new java.util.concurrent.ConcurrentHashMap<>();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user, ApiFixtures.PASSWORD);
            String cookie = "JSESSIONID=" + browser.sessionCookie().getValue();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .executor(Executors.newFixedThreadPool(connections)).build();
            HttpRequest page = HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/*$", "/") + "my/record.xhtml"))
                    .header("Cookie", cookie).GET().build();
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(connections);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                inFlight.acquire();
                answers.add(http.sendAsync(page, HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> inFlight.release())
                        .thenApply(r -> {
                            boolean record = r.statusCode() == 200 && r.body().contains("What I can facilitate");
                            if (!record) {
                                wrong.putIfAbsent(r.statusCode(), r.body().replaceAll("(?s).*<main[^>]*>|</main>.*", "")
                                        .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
                            }
                            return record ? 200 : r.statusCode() == 200 ? -1 : r.statusCode();
                        }));
            }
            for (CompletableFuture<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
        }
        System.out.printf("ErrorAnswersIT: %d loads of my/record.xhtml: %s (-1: a 200 that is not the record)%n",
                requests, statuses);
        wrong.forEach((status, text) -> System.out.printf("ErrorAnswersIT: a %d answer read: %.400s%n", status, text));
        assertEquals(Map.of(200, requests), statuses, "every load is the page");
    }

    private static void assertProblem(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType() + " " + reply);
    }

    private static void assertField(int status, String field, ApiClient.Reply reply) {
        assertProblem(status, reply);
        JsonObject problem = reply.object();
        assertTrue(problem.containsKey("errors") && problem.getJsonArray("errors").stream()
                .anyMatch(e -> field.equals(e.asJsonObject().getString("field"))), "names " + field + ": " + reply);
    }
}
