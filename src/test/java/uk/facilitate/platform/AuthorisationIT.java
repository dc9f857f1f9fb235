package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;
import uk.facilitate.testing.WebSession;

/**
 * Every forbidden action, listed: each is tried against the running app, through the API and
 * through the pages, by someone who may not do it, and must be refused by the server (401, 403,
 * or 404 where even the existence of someone else's record is not to be revealed) and change
 * nothing. The feature ITs test the allowed paths; this class is the one list of refusals.
 */
@SharedApp
class AuthorisationIT {

    @SharedApp.Base
    URL base;

    private static final Set<Integer> FORBIDDEN = Set.of(403);
    private static final Set<Integer> HIDDEN = Set.of(404);
    private static final Set<Integer> SIGN_IN = Set.of(401);
    /** A value the user may not choose: refused as invalid input, saying nothing about what exists. */
    private static final Set<Integer> INVALID = Set.of(400);

    /** A small borough: two localities, a practitioner in each, a coordinator and a manager in North. */
    private final class Borough {
        final ApiClient admin = ApiClient.admin(base);
        final ApiFixtures given = new ApiFixtures(admin);
        final long council = given.organisation("Authorisation Council");
        final long north = given.locality("North");
        final long south = given.locality("South");
        final long jade = given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 3, council, north);
        final long other = given.staff("Omar", "Farah", "HEALTH_VISITOR", 6, council, south);
        final long claire = given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 6, council, north);
        final long nadia = given.staff("Nadia", "Rahman", "FAMILY_SUPPORT_WORKER", 6, council, north);
        final String staffUser = given.user("jade", "STAFF", jade);
        final String coordinatorUser = given.user("claire", "COORDINATOR", claire);
        final String managerUser = given.user("nadia", "WORKFORCE_MANAGER", nadia);
        final ApiClient staff = ApiClient.as(base, staffUser, ApiFixtures.PASSWORD);
        final ApiClient coordinator = ApiClient.as(base, coordinatorUser, ApiFixtures.PASSWORD);
        final ApiClient manager = ApiClient.as(base, managerUser, ApiFixtures.PASSWORD);
        final long othersRecord = given.accreditation(other, "solihull-approach", "ACCREDITED", "2024-02-01", null);
        final long jadesOwnRecord = staff.create("staff/" + jade + "/accreditations",
                "{\"programmeId\":\"solihull-approach\",\"stage\":\"TRAINED\",\"awardedOn\":\"2025-03-01\"}");
        final long nadiasOwnRecord = manager.create("staff/" + nadia + "/accreditations",
                "{\"programmeId\":\"triple-p\",\"stage\":\"ACCREDITED\",\"awardedOn\":\"2025-05-01\"}");
        final long jadesOwnDbs = staff.create("staff/" + jade + "/compliance", "{\"kind\":\"DBS\",\"date\":\"2025-06-01\"}");
        final long nadiasOwnDbs = manager.create("staff/" + nadia + "/compliance", "{\"kind\":\"DBS\",\"date\":\"2025-06-01\"}");

        /** A cohort with a nominee from each locality (made only where a test needs it). */
        long cohortWithBothLocalities() {
            String day = LocalDate.now().plusWeeks(6).toString();
            long event = admin.create("cohorts", "{\"title\":\"Group Teen " + given.tag() + "\",\"programmeId\":"
                    + "\"triple-p-group-teen\",\"steps\":[\"provider-training\",\"accreditation\"],\"provider\":"
                    + "\"Triple P UK\",\"venue\":\"Family Hub\",\"capacity\":16,\"sessions\":[{\"date\":\"" + day
                    + "\",\"stepId\":\"provider-training\"},{\"date\":\"" + LocalDate.parse(day).plusDays(1)
                    + "\",\"stepId\":\"accreditation\"}]}");
            for (long person : List.of(jade, other)) {
                ApiClient.Reply nominated = admin.post("cohorts/" + event + "/nominations", "{\"staffId\":" + person + "}");
                assertEquals(201, nominated.status(), nominated.toString());
            }
            return event;
        }
    }

    /** One action someone may not take, and the answers that count as refusing it. */
    private record Attempt(String who, ApiClient as, String method, String path, String body, Set<Integer> refusals) {

        ApiClient.Reply run() {
            return switch (method) {
                case "GET" -> as.get(path);
                case "POST" -> path.startsWith("imports/")
                        ? as.postBytes(path, "text/csv", body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        : as.post(path, body);
                case "PUT" -> as.put(path, body);
                case "DELETE" -> as.delete(path);
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

    @Test
    void everyForbiddenApiCallIsRefusedAndChangesNothing() {
        Borough b = new Borough();
        String today = LocalDate.now().toString();
        String staffBody = "{\"employeeRef\":\"X-" + b.given.tag() + "\",\"givenName\":\"New\",\"familyName\":\"Person\","
                + "\"role\":\"MIDWIFE\",\"organisationId\":" + b.council + ",\"localityIds\":[" + b.north + "]}";
        String supervision = "{\"date\":" + q(today) + ",\"kind\":\"INDIVIDUAL\",\"minutes\":60}";
        String accreditation = "{\"programmeId\":\"solihull-approach\",\"stage\":\"ACCREDITED\",\"awardedOn\":\"2025-01-10\"}";
        String settings = "{\"dbsRecheckMonths\":12,\"safeguardingRefreshMonths\":12,\"minimumSafeguardingLevel\":1,"
                + "\"requireVerifiedAccreditation\":false}";
        String user = "{\"username\":\"intruder-" + b.given.tag() + "\",\"password\":\"Intruder-Pass-2026!\","
                + "\"roles\":[\"ADMIN\"]}";
        String csv = "employee_ref,given_name,family_name\n";
        ApiClient anonymous = ApiClient.anonymous(base);
        long cohort = b.cohortWithBothLocalities();
        String dbs = "{\"kind\":\"DBS\",\"date\":" + q(today) + "}";
        String withSupervisor = supervision.replace("}", ",\"supervisorId\":");
        String version = "{\"version\":0}";

        List<Attempt> attempts = List.of(
                // Signed-out callers get nothing.
                new Attempt("anonymous", anonymous, "GET", "staff", null, SIGN_IN),
                new Attempt("anonymous", anonymous, "GET", "staff/" + b.jade, null, SIGN_IN),
                new Attempt("anonymous", anonymous, "GET", "cover?on=" + today, null, SIGN_IN),
                new Attempt("anonymous", anonymous, "POST", "staff", staffBody, SIGN_IN),
                new Attempt("anonymous", anonymous, "POST", "admin/backups", "", SIGN_IN),
                // Staff: only their own record; someone else's does not exist for them.
                new Attempt("staff", b.staff, "GET", "staff/" + b.other, null, HIDDEN),
                new Attempt("staff", b.staff, "GET", "staff/" + b.other + "/accreditations", null, HIDDEN),
                new Attempt("staff", b.staff, "GET", "staff/" + b.other + "/qualifications?on=" + today, null, HIDDEN),
                new Attempt("staff", b.staff, "POST", "staff/" + b.other + "/supervision", supervision, HIDDEN),
                new Attempt("staff", b.staff, "POST", "staff/" + b.other + "/accreditations", accreditation, HIDDEN),
                new Attempt("staff", b.staff, "GET", "accreditations/" + b.othersRecord + "/evidence", null, HIDDEN),
                new Attempt("staff", b.staff, "PUT", "staff/" + b.jade, staffBody.replace("}", ",\"version\":1}"), FORBIDDEN),
                new Attempt("staff", b.staff, "POST", "staff", staffBody, FORBIDDEN),
                new Attempt("staff", b.staff, "POST", "organisations", "{\"name\":\"Mine\",\"kind\":\"COUNCIL\"}", FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "directory", null, FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "facilitators?programme=solihull-approach&needLevel=1", null, FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "cover?on=" + today, null, FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "groups", null, FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "accreditations/pending", null, FORBIDDEN),
                new Attempt("staff", b.staff, "POST", "accreditations/" + b.jadesOwnRecord + "/verify", "{\"version\":1}",
                        FORBIDDEN),
                new Attempt("staff", b.staff, "POST", "imports/staff?dryRun=true", csv, FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "training-needs", null, FORBIDDEN),
                new Attempt("staff", b.staff, "POST", "planner", "{}", FORBIDDEN),
                new Attempt("staff", b.staff, "POST", "cohorts", "{}", FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "users", null, FORBIDDEN),
                new Attempt("staff", b.staff, "POST", "admin/backups", "", FORBIDDEN),
                new Attempt("staff", b.staff, "PUT", "settings/qualification", settings, FORBIDDEN),
                // Issue 11: a change to someone else's record is "not found", as reading it is.
                new Attempt("staff", b.staff, "PUT", "staff/" + b.other, staffBody.replace("}", ",\"version\":1}"), HIDDEN),
                new Attempt("staff", b.staff, "POST", "staff/" + b.other + "/compliance", dbs, HIDDEN),
                new Attempt("staff", b.staff, "GET", "staff/" + b.other + "/supervisors", null, HIDDEN),
                new Attempt("staff", b.staff, "POST", "cohorts/" + cohort + "/nominations", "{\"staffId\":" + b.other + "}",
                        HIDDEN),
                // Issue 11: a supervisor not on the list, existing or not, is refused alike.
                new Attempt("staff", b.staff, "POST", "staff/" + b.jade + "/supervision", withSupervisor + b.other + "}",
                        INVALID),
                new Attempt("staff", b.staff, "POST", "staff/" + b.jade + "/supervision", withSupervisor + 987_654_321 + "}",
                        INVALID),
                new Attempt("staff", b.staff, "POST", "staff/" + b.jade + "/supervision", withSupervisor + b.jade + "}",
                        INVALID),
                // Issue 11: nobody verifies their own DBS check, and only managers verify.
                new Attempt("staff", b.staff, "POST", "verification/dbs/" + b.jadesOwnDbs + "/verify", version, FORBIDDEN),
                new Attempt("staff", b.staff, "GET", "cohorts/" + cohort, null, FORBIDDEN),
                // Coordinators: read cover and people in their own localities, change nothing.
                new Attempt("coordinator", b.coordinator, "GET", "staff/" + b.other, null, HIDDEN),
                new Attempt("coordinator", b.coordinator, "GET", "staff/" + b.other + "/accreditations", null, HIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "staff/" + b.jade + "/accreditations", accreditation,
                        FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "staff/" + b.jade + "/supervision", supervision, FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "staff", staffBody, FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "GET", "cover?on=" + today + "&locality=" + b.south, null,
                        FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "GET", "facilitators?programme=solihull-approach&needLevel=1"
                        + "&locality=" + b.south, null, FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "GET", "accreditations/pending", null, FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "accreditations/" + b.jadesOwnRecord + "/verify",
                        "{\"version\":1}", FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "imports/staff?dryRun=true", csv, FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "cover/targets", "{}", FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "planner", "{}", FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "GET", "users", null, FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "admin/backups", "", FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "PUT", "settings/qualification", settings, FORBIDDEN),
                // Issue 11: the cohort's nominees come from every locality, so coordinators are refused, as on the page.
                new Attempt("coordinator", b.coordinator, "GET", "cohorts/" + cohort, null, FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "PUT", "staff/" + b.other, staffBody.replace("}", ",\"version\":1}"),
                        HIDDEN),
                new Attempt("coordinator", b.coordinator, "PUT", "staff/" + b.jade, staffBody.replace("}", ",\"version\":1}"),
                        FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "POST", "verification/dbs/" + b.jadesOwnDbs + "/verify", version,
                        FORBIDDEN),
                new Attempt("coordinator", b.coordinator, "PUT", "programmes/incredible-years/local-settings",
                        "{\"needLevels\":[2,3,4],\"reason\":\"mine\"}", FORBIDDEN),
                // Managers: everything about the workforce, but never their own verification, users or borough rules.
                new Attempt("manager", b.manager, "POST", "accreditations/" + b.nadiasOwnRecord + "/verify",
                        "{\"version\":1}", FORBIDDEN),
                new Attempt("manager", b.manager, "POST", "verification/dbs/" + b.nadiasOwnDbs + "/verify", version, FORBIDDEN),
                new Attempt("manager", b.manager, "GET", "users", null, FORBIDDEN),
                new Attempt("manager", b.manager, "POST", "users", user, FORBIDDEN),
                new Attempt("manager", b.manager, "POST", "admin/backups", "", FORBIDDEN),
                new Attempt("manager", b.manager, "PUT", "settings/qualification", settings, FORBIDDEN),
                new Attempt("manager", b.manager, "PUT", "programmes/incredible-years/local-settings",
                        "{\"needLevels\":[2,3,4],\"reason\":\"mine\"}", FORBIDDEN));

        List<String> allowed = new ArrayList<>();
        for (Attempt attempt : attempts) {
            ApiClient.Reply reply = attempt.run();
            if (!attempt.refusals().contains(reply.status())) {
                allowed.add(attempt.who() + " " + attempt.method() + " " + attempt.path() + " -> " + reply.status()
                        + " (expected " + attempt.refusals() + "): " + abbreviate(reply.body()));
            }
        }
        assertTrue(allowed.isEmpty(), "not refused as expected:\n" + String.join("\n", allowed));

        // Nothing changed: the records, verifications, settings and accounts are as they were.
        assertEquals(1, b.admin.get("staff/" + b.other + "/accreditations").array().size());
        assertEquals(0, b.admin.get("staff/" + b.other + "/supervision").array().size());
        assertEquals(0, b.admin.get("staff/" + b.jade + "/supervision").array().size());
        assertEquals(1, b.admin.get("staff/" + b.jade + "/accreditations").array().size());
        assertEquals("PENDING", b.admin.get("staff/" + b.jade + "/accreditations").array().getJsonObject(0)
                .getString("verification"));
        assertEquals("PENDING", b.admin.get("staff/" + b.nadia + "/accreditations").array().getJsonObject(0)
                .getString("verification"));
        assertEquals(36, b.admin.get("settings/qualification").object().getInt("dbsRecheckMonths"));
        assertEquals(3, b.admin.get("staff/" + b.jade).object().getInt("professionalLevel"));
        assertEquals("Omar", b.admin.get("staff/" + b.other).object().getString("givenName"));
        assertEquals(0, b.admin.get("staff/" + b.other + "/compliance").array().size());
        assertEquals("PENDING", b.admin.get("staff/" + b.jade + "/compliance").array().getJsonObject(0).getString("verification"));
        assertEquals("PENDING", b.admin.get("staff/" + b.nadia + "/compliance").array().getJsonObject(0).getString("verification"));
        assertEquals(2, b.admin.get("cohorts/" + cohort).object().getJsonArray("nominations").size(), "nobody nominated Omar twice");
        assertTrue(b.admin.get("users").body().indexOf("intruder-" + b.given.tag()) < 0, "no account was created");
    }

    /**
     * Issue 11: a change that rides on the session cookie alone must show it comes from the app's own
     * pages, and bodies a cross-site form can send are refused. Each is tried with a manager's session,
     * who may make every one of these changes from the app itself.
     */
    @Test
    void everyCrossSiteOrFormBorneChangeWithTheSessionCookieIsRefusedAndChangesNothing() {
        Borough b = new Borough();
        WebSession session = WebSession.signIn(base, b.managerUser, ApiFixtures.PASSWORD);
        String ref = "CSRF-" + b.given.tag();
        String staffBody = "{\"employeeRef\":\"" + ref + "\",\"givenName\":\"Forged\",\"familyName\":\"Person\","
                + "\"role\":\"MIDWIFE\",\"organisationId\":" + b.council + ",\"localityIds\":[" + b.north + "]}";
        String edit = b.admin.get("staff/" + b.jade).body().replace("\"professionalLevel\":3", "\"professionalLevel\":7");
        String supervision = "{\"date\":" + q(LocalDate.now().toString()) + ",\"kind\":\"INDIVIDUAL\",\"minutes\":60}";
        String csv = "employee_ref,given_name,family_name,email,role,professional_level,registered_professional,organisation,"
                + "line_manager_ref,start_date,leave_date,locality_codes,setting_names\n" + ref + ",Forged,Person,,Midwife,5,"
                + "no,Authorisation Council " + b.given.tag() + ",,2024-01-08,,,\n";
        String own = session.origin();
        record Forgery(String what, String method, String path, String type, String body, List<String> headers, int refusal) {
        }
        List<Forgery> forgeries = List.of(
                new Forgery("another site's Origin", "POST", "staff", "application/json", staffBody,
                        List.of("Origin", "http://evil.example"), 403),
                new Forgery("no Origin, Referer or X-Requested-With", "POST", "staff", "application/json", staffBody, List.of(), 403),
                new Forgery("Sec-Fetch-Site: cross-site", "POST", "staff", "application/json", staffBody,
                        List.of("Sec-Fetch-Site", "cross-site"), 403),
                new Forgery("another site's Referer", "POST", "staff", "application/json", staffBody,
                        List.of("Referer", "http://evil.example/attack.html"), 403),
                new Forgery("a sandboxed frame's Origin: null", "POST", "staff/" + b.jade + "/supervision", "application/json",
                        supervision, List.of("Origin", "null"), 403),
                new Forgery("an edit from another site", "PUT", "staff/" + b.jade, "application/json", edit,
                        List.of("Origin", "http://evil.example"), 403),
                new Forgery("a text/plain form body", "POST", "imports/staff?dryRun=false", "text/plain", csv,
                        List.of("Origin", own), 415),
                new Forgery("a url-encoded form body", "POST", "imports/staff?dryRun=false", "application/x-www-form-urlencoded",
                        csv, List.of("Origin", own), 415),
                new Forgery("a multipart form body", "POST", "imports/staff?dryRun=false", "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n" + csv + "\r\n--x--\r\n",
                        List.of("Origin", own), 415),
                new Forgery("JSON sent as text/plain", "POST", "staff", "text/plain", staffBody, List.of("Origin", own), 415));

        List<String> allowed = new ArrayList<>();
        for (Forgery forgery : forgeries) {
            java.net.http.HttpResponse<String> answer = session.send("api/v1/" + forgery.path(), request -> {
                request.header("Content-Type", forgery.type()).header("Accept", "application/json")
                        .method(forgery.method(), java.net.http.HttpRequest.BodyPublishers.ofString(forgery.body()));
                for (int i = 0; i < forgery.headers().size(); i += 2) {
                    request.header(forgery.headers().get(i), forgery.headers().get(i + 1));
                }
                return request;
            });
            if (answer.statusCode() != forgery.refusal()) {
                allowed.add(forgery.what() + ": " + forgery.method() + " " + forgery.path() + " -> " + answer.statusCode()
                        + " (expected " + forgery.refusal() + "): " + abbreviate(answer.body()));
            }
        }
        assertTrue(allowed.isEmpty(), "not refused as expected:\n" + String.join("\n", allowed));

        assertTrue(b.admin.get("directory?name=Person&organisation=" + b.council).body().indexOf("Forged") < 0,
                "nobody was created");
        assertEquals(3, b.admin.get("staff/" + b.jade).object().getInt("professionalLevel"), "nobody was edited");
        assertEquals(0, b.admin.get("staff/" + b.jade + "/supervision").array().size(), "no supervision was logged");
        // The same session may make the change from the app's own origin: the refusals above were for how they came.
        java.net.http.HttpResponse<String> fromTheApp = session.send("api/v1/staff/" + b.jade + "/supervision",
                request -> request.header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Origin", own).POST(java.net.http.HttpRequest.BodyPublishers.ofString(supervision)));
        assertEquals(201, fromTheApp.statusCode(), fromTheApp.body());
    }

    @Test
    void everyForbiddenPageIsRefusedByTheServer() {
        Borough b = new Borough();
        List<String> allowed = new ArrayList<>();
        pages(b.staffUser, allowed, List.of(
                "directory/staff.xhtml", "cover/matrix.xhtml", "cover/forecast.xhtml", "cover/groups.xhtml",
                "cover/targets.xhtml", "manager/cohort-settings.xhtml", "manager/cohort-costs.xhtml", "manager/import.xhtml", "manager/verification.xhtml", "manager/cohorts.xhtml", "manager/planner.xhtml",
                "manager/training-needs.xhtml", "manager/staff-edit.xhtml", "admin/users.xhtml"),
                "directory/person.xhtml?id=" + b.other, 403);
        pages(b.coordinatorUser, allowed, List.of(
                "manager/cohort-settings.xhtml", "manager/cohort-costs.xhtml", "manager/import.xhtml", "manager/verification.xhtml", "manager/cohorts.xhtml", "manager/planner.xhtml",
                "manager/training-needs.xhtml", "manager/staff-edit.xhtml", "admin/users.xhtml"),
                "directory/person.xhtml?id=" + b.other, 404);
        pages(b.managerUser, allowed, List.of("admin/users.xhtml"), null, 0);
        try (Browser signedOut = Browser.open(base)) {
            int status = signedOut.status("my/record.xhtml");
            if (status != 302) {
                allowed.add("signed out my/record.xhtml -> " + status + " (expected a redirect to sign in)");
            }
        }
        assertTrue(allowed.isEmpty(), "not refused as expected:\n" + String.join("\n", allowed));
    }

    /** Signs in as the user in a real browser and asks for each page the server must refuse. */
    private void pages(String user, List<String> allowed, List<String> forbidden, String someoneElse, int hiddenStatus) {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user, ApiFixtures.PASSWORD);
            for (String page : forbidden) {
                int status = browser.status(page);
                if (status != 403) {
                    allowed.add(user + " " + page + " -> " + status + " (expected 403)");
                }
            }
            if (someoneElse != null) {
                int status = browser.status(someoneElse);
                if (status != hiddenStatus) {
                    allowed.add(user + " " + someoneElse + " -> " + status + " (expected " + hiddenStatus + ")");
                }
            }
            browser.go(forbidden.get(0));
            assertTrue(browser.pageText().contains("Not allowed"), "the refusal is explained: " + browser.pageText());
            browser.screenshot("authorisation-" + user.replaceAll("-.*", ""));
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
