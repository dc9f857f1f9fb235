package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.SharedApp;
import uk.facilitate.testing.TestDatabase;

/**
 * The qualification question through the REST API, black-box: staff and records created through
 * the API, verdicts and facilitator lists read back through it.
 */
@SharedApp
class QualificationApiIT {

    @SharedApp.Base
    URL base;

    private static final String SOLIHULL = "solihull-approach";
    private static final String IY = "incredible-years";

    @Test
    void aLutonHealthVisitorWithSolihullTrainingIsQualifiedAndTheVerdictExplainsWhy() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long trust = given.organisation("Luton and Dunstable NHS Trust");
        long north = given.locality("Luton North");
        long amira = given.staff("Amira", "Hussain", "HEALTH_VISITOR", 6, trust, north);
        given.accreditation(amira, SOLIHULL, "ACCREDITED", "2024-03-12", null);
        given.supervision(amira, LocalDate.now().minusDays(20).toString());
        given.compliant(amira, LocalDate.now().minusYears(1).toString());

        ApiClient.Reply reply = admin.get("staff/" + amira + "/qualifications?on=" + LocalDate.now());

        assertEquals(200, reply.status(), reply.toString());
        JsonObject solihullUniversal = verdict(reply, SOLIHULL, 1);
        assertTrue(solihullUniversal.getBoolean("qualified"), solihullUniversal.toString());
        assertEquals(7, solihullUniversal.getJsonArray("rules").size(), "every rule is reported");
        assertTrue(solihullUniversal.getJsonArray("rules").stream()
                .allMatch(rule -> rule.asJsonObject().getBoolean("met")));
        assertFalse(solihullUniversal.getString("summary").isBlank());

        JsonObject incredibleYears = verdict(reply, IY, 2);
        assertFalse(incredibleYears.getBoolean("qualified"));
        JsonObject accreditationRule = incredibleYears.getJsonArray("rules").stream().map(JsonValue::asJsonObject)
                .filter(rule -> rule.getString("rule").equals("ACCREDITATION_CURRENT")).findFirst().orElseThrow();
        assertFalse(accreditationRule.getBoolean("met"));
        assertFalse(accreditationRule.getString("explanation").isBlank());
    }

    @Test
    void aVerdictAtANeedLevelTheProgrammeDoesNotServeIsAnsweredWithTheReasonNotANotFound() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long trust = given.organisation("Bedford Hospital NHS Trust");
        long locality = given.locality("Bedford Central");
        long person = given.staff("Nadia", "Rahman", "HEALTH_VISITOR", 6, trust, locality);
        given.accreditation(person, SOLIHULL, "ACCREDITED", "2024-03-12", null);

        ApiClient.Reply reply = admin.get("cover/verdict?staff=" + person + "&programme=" + SOLIHULL + "&needLevel=4");

        assertEquals(200, reply.status(), reply.toString());
        JsonObject verdict = reply.object();
        assertFalse(verdict.getBoolean("qualified"));
        JsonObject served = verdict.getJsonArray("rules").stream().map(JsonValue::asJsonObject)
                .filter(rule -> rule.getString("rule").equals("NEED_LEVEL_SERVED")).findFirst().orElseThrow();
        assertFalse(served.getBoolean("met"));
        assertTrue(served.getString("explanation").contains("is not delivered at need level 4")
                && served.getString("explanation").contains("it serves need levels 1, 2 and 3"), served.toString());

        ApiClient.Reply list = admin.get("facilitators?programme=" + SOLIHULL + "&needLevel=4");
        assertEquals(400, list.status(), "not a silent empty list: " + list);
        assertTrue(list.toString().contains("needLevel") && list.toString().contains("is not delivered at need level 4"),
                list.toString());

        ApiClient.Reply outside = admin.get("cover/verdict?staff=" + person + "&programme=" + SOLIHULL + "&needLevel=5");
        assertEquals(400, outside.status(), outside.toString());
        assertTrue(outside.toString().contains("needLevel"), outside.toString());
    }

    @Test
    void theVerdictNamesTheDayItLapsesWhenTheDbsCheckFallsDue() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Islington Council");
        long locality = given.locality("Islington South");
        long person = given.staff("Grace", "Okafor", "FAMILY_SUPPORT_WORKER", 4, council, locality);
        given.accreditation(person, SOLIHULL, "ACCREDITED", "2023-01-10", null);
        given.safeguarding(person, LocalDate.now().minusMonths(2).toString(), 3);
        LocalDate dbsIssued = LocalDate.now().minusMonths(35);
        given.dbs(person, dbsIssued.toString());

        JsonObject verdict = verdict(admin.get("staff/" + person + "/qualifications?on=" + LocalDate.now()), SOLIHULL, 1);

        assertTrue(verdict.getBoolean("qualified"), verdict.toString());
        // 36-month re-check by default: current through the day before the third anniversary.
        assertEquals(dbsIssued.plusMonths(36).minusDays(1).toString(), verdict.getString("qualifiedUntil"));
        assertEquals(dbsIssued.plusMonths(36).toString(), verdict.getJsonObject("nextChange").getString("date"));
    }

    @Test
    void facilitatorsForALocalityAreExactlyTheQualifiedPeopleThere() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Fairfield Council");
        long east = given.locality("Fairfield East");
        long west = given.locality("Fairfield West");
        String since = LocalDate.now().minusYears(1).toString();
        long qualified = given.staff("Priya", "Shah", "FAMILY_SUPPORT_WORKER", 4, council, east);
        given.accreditation(qualified, SOLIHULL, "ACCREDITED", "2022-06-01", null);
        given.compliant(qualified, since);
        long noDbs = given.staff("Tom", "Bradley", "FAMILY_SUPPORT_WORKER", 4, council, east);
        given.accreditation(noDbs, SOLIHULL, "ACCREDITED", "2022-06-01", null);
        given.safeguarding(noDbs, since, 3);
        long elsewhere = given.staff("Joy", "Mensah", "FAMILY_SUPPORT_WORKER", 4, council, west);
        given.accreditation(elsewhere, SOLIHULL, "ACCREDITED", "2022-06-01", null);
        given.compliant(elsewhere, since);

        ApiClient.Reply east1 = admin.get("facilitators?programme=" + SOLIHULL + "&needLevel=1&locality=" + east
                + "&on=" + LocalDate.now());

        assertEquals(200, east1.status(), east1.toString());
        List<Long> ids = east1.array().stream().map(v -> v.asJsonObject().getJsonNumber("staffId").longValue()).toList();
        assertEquals(List.of(qualified), ids);
    }

    @Test
    void theFacilitatorListRunsABoundedNumberOfStatementsWhateverTheNumberOfStaff() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Bounded Council");
        long locality = given.locality("Bounded");
        String since = LocalDate.now().minusYears(1).toString();
        String query = "facilitators?programme=" + SOLIHULL + "&needLevel=2&locality=" + locality + "&on=" + LocalDate.now();
        addQualified(given, council, locality, since, 2);
        admin.get(query); // warm up caches so both measurements compare like with like

        long fewStatements = statementsFor(admin, query);
        addQualified(given, council, locality, since, 25);
        long manyStatements = statementsFor(admin, query);

        assertEquals(27, admin.get(query).array().size());
        assertEquals(fewStatements, manyStatements, "statements must not grow with the number of staff");
        assertTrue(manyStatements <= 20, "a handful of statements, was " + manyStatements);
    }

    @Test
    void changingTheDbsRecheckIntervalRecomputesEveryonesQualifications() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Settings Council");
        long locality = given.locality("Settings");
        long person = given.staff("Hannah", "Cole", "PARENTING_PRACTITIONER", 4, council, locality);
        given.accreditation(person, SOLIHULL, "ACCREDITED", "2022-06-01", null);
        given.safeguarding(person, LocalDate.now().minusMonths(3).toString(), 3);
        given.dbs(person, LocalDate.now().minusMonths(20).toString());
        String query = "facilitators?programme=" + SOLIHULL + "&needLevel=1&locality=" + locality;
        assertEquals(1, admin.get(query).array().size(), "qualified under the default 36-month re-check");

        try {
            ApiClient.Reply changed = admin.put("settings/qualification", "{\"dbsRecheckMonths\":12,"
                    + "\"safeguardingRefreshMonths\":36,\"minimumSafeguardingLevel\":3,\"requireVerifiedAccreditation\":true}");
            assertEquals(200, changed.status(), changed.toString());
            assertFalse(changed.object().getJsonArray("progress").isEmpty(), "progress is reported");
            assertEquals(0, admin.get(query).array().size(), "a 20-month-old DBS check is overdue under a 12-month rule");
        } finally {
            admin.put("settings/qualification", "{\"dbsRecheckMonths\":36,\"safeguardingRefreshMonths\":36,"
                    + "\"minimumSafeguardingLevel\":3,\"requireVerifiedAccreditation\":true}");
        }
        assertEquals(1, admin.get(query).array().size());
    }

    @Test
    void badInputIsAProblemJsonNamingTheField() {
        ApiClient admin = ApiClient.admin(base);

        ApiClient.Reply badLevel = admin.get("facilitators?programme=" + SOLIHULL + "&needLevel=5");
        ApiClient.Reply badDate = admin.get("facilitators?programme=" + SOLIHULL + "&needLevel=1&on=24/11/2026");
        ApiClient.Reply missingName = admin.post("staff", "{\"employeeRef\":\"X1\",\"role\":\"MIDWIFE\",\"organisationId\":1}");
        ApiClient.Reply notJson = admin.post("staff", "{this is not json");

        assertEquals(400, badLevel.status());
        assertTrue(badLevel.contentType().startsWith("application/problem+json"), badLevel.contentType());
        assertEquals("needLevel", badLevel.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, badDate.status());
        assertTrue(badDate.object().getString("detail").contains("YYYY-MM-DD"), badDate.toString());
        assertEquals(400, missingName.status());
        assertTrue(missingName.body().contains("givenName") && missingName.body().contains("familyName"), missingName.body());
        assertEquals(400, notJson.status(), notJson.toString());
        assertTrue(notJson.contentType().startsWith("application/problem+json"), notJson.contentType());
    }

    @Test
    void theCatalogueAndTheOpenApiDocumentAreServed() throws Exception {
        ApiClient admin = ApiClient.admin(base);

        ApiClient.Reply programmes = admin.get("programmes");
        ApiClient.Reply triple = admin.get("programmes/triple-p");
        java.net.http.HttpResponse<String> openapi = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                        + base.getPort() + "/openapi/")).header("Accept", "application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode(), openapi.body());
        java.util.Set<String> paths = jakarta.json.Json.createReader(new java.io.StringReader(openapi.body())).readObject()
                .getJsonObject("paths").keySet();

        assertEquals(200, programmes.status());
        assertTrue(programmes.array().size() >= 10, programmes.toString());
        assertEquals("University of Queensland", triple.object().getString("accreditingBody"));
        for (String path : List.of("/programmes", "/programmes/{id}", "/staff", "/staff/{id}", "/staff/{id}/accreditations",
                "/staff/{id}/supervision", "/staff/{id}/compliance", "/staff/{id}/qualifications", "/facilitators")) {
            assertTrue(paths.stream().anyMatch(p -> p.endsWith("/api/v1" + path)), "/openapi lists " + path + ": " + paths);
        }
    }

    private static void addQualified(ApiFixtures given, long council, long locality, String since, int count) {
        for (int i = 0; i < count; i++) {
            long id = given.staff("Facilitator", "Number" + i, "FAMILY_SUPPORT_WORKER", 4, council, locality);
            given.accreditation(id, SOLIHULL, "ACCREDITED", "2022-06-01", null);
            given.compliant(id, since);
        }
    }

    /** Statements the database server executed while answering one request (nothing else runs meanwhile). */
    private static long statementsFor(ApiClient client, String path) throws Exception {
        long before = questions();
        assertEquals(200, client.get(path).status());
        return questions() - before - 1; // minus the measuring statement itself
    }

    private static long questions() throws Exception {
        try (Connection connection = TestDatabase.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static JsonObject verdict(ApiClient.Reply reply, String programme, int level) {
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("programmeId").equals(programme) && v.getInt("needLevel") == level)
                .findFirst().orElseThrow(() -> new AssertionError("no verdict for " + programme + " level " + level
                        + " in " + reply.body()));
    }
}
