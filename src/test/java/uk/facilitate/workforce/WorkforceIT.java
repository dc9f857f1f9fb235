package uk.facilitate.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.SharedApp;
import uk.facilitate.testing.TestDatabase;

/**
 * The workforce half of the web app through the REST API, black-box: CSV imports of staff and of
 * accreditation records (all or nothing, in one transaction), the staff directory's query and the
 * administrators' user accounts. Data is built through the API with unique names; the database is
 * read directly only to count rows and to prove what was (not) committed.
 */
@SharedApp
class WorkforceIT {

    @SharedApp.Base
    URL base;

    private static final String HEADER = "employee_ref,given_name,family_name,email,role,professional_level,"
            + "registered_professional,organisation,line_manager_ref,start_date,leave_date,locality_codes,setting_names\n";
    private static final List<String> GIVEN = List.of("Amira", "Grace", "Priya", "Tom", "Joy", "Hannah", "Kwame", "Siobhan");
    private static final List<String> FAMILY = List.of("Hussain", "Okafor", "Shah", "Bradley", "Mensah", "Cole", "Asante", "Byrne");
    private static final List<String> ROLES = List.of("Health visitor", "Family support worker", "Children's centre worker",
            "Parenting practitioner", "Social worker");

    /** A borough made for one test: an organisation, two localities and a setting, and a manager to import with. */
    private final class Borough {
        final ApiClient admin = ApiClient.admin(base);
        final ApiFixtures given = new ApiFixtures(admin);
        final String organisation = "Wyre Forest Council " + given.tag();
        final long organisationId = admin.create("organisations", "{\"name\":" + q(organisation) + ",\"kind\":\"COUNCIL\"}");
        final long north = given.locality("North");
        final long south = given.locality("South");
        final String northCode = "NORTH-" + given.tag();
        final String southCode = "SOUTH-" + given.tag();
        final String centre = "Kidderminster Children's Centre " + given.tag();
        final long centreId = admin.create("settings", "{\"name\":" + q(centre) + ",\"kind\":\"CHILDRENS_CENTRE\","
                + "\"organisationId\":" + organisationId + ",\"localityId\":" + north + "}");
        final String managerName = given.user("manager", "WORKFORCE_MANAGER", null);
        final ApiClient manager = ApiClient.as(base, managerName, ApiFixtures.PASSWORD);

        String ref(int i) {
            return "IMP-" + given.tag() + "-" + String.format("%05d", i);
        }

        /** Staff rows 1..count; the first ten manage everyone else (line managers in the same file). */
        String staffCsv(int count) {
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 1; i <= count; i++) {
                String manager = i <= 10 ? "" : ref(1 + i % 10);
                csv.append(ref(i)).append(',').append(GIVEN.get(i % GIVEN.size())).append(',')
                        .append(FAMILY.get(i % FAMILY.size())).append(',').append("person").append(i).append("@example.org,")
                        .append(ROLES.get(i % ROLES.size())).append(',').append(3 + i % 5).append(',')
                        .append(i % 3 == 0 ? "yes" : "no").append(",\"").append(organisation).append("\",")
                        .append(manager).append(',').append(i % 2 == 0 ? "01/04/2019" : "2021-09-06").append(",,")
                        .append(i % 4 == 0 ? northCode + ";" + southCode : northCode).append(",\"")
                        .append(i % 2 == 0 ? centre : "").append("\"\n");
            }
            return csv.toString();
        }

        long staffInOrganisation() throws Exception {
            return count("SELECT COUNT(*) FROM staff_member WHERE organisation_id = " + organisationId);
        }
    }

    // --- Imports -------------------------------------------------------------------------------------------

    @Test
    void aStaffFileWithABadRowImportsNothingAndNamesTheLineAndColumn() throws Exception {
        Borough borough = new Borough();
        String[] lines = borough.staffCsv(5).split("\n");
        lines[3] = lines[3].replaceFirst(",3,|,4,|,5,|,6,|,7,", ",9,"); // line 4 of the file: an RQF level that does not exist
        String csv = String.join("\n", lines) + "\n";

        HttpResponse<String> reply = postCsv(borough.managerName, "imports/staff", csv);

        assertEquals(400, reply.statusCode(), reply.body());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonArray errors = json(reply).getJsonArray("errors");
        assertEquals(1, errors.size(), reply.body());
        assertEquals("line 4, column professional_level", errors.getJsonObject(0).getString("field"));
        assertEquals("must be an RQF level from 1 to 8 (was 9)", errors.getJsonObject(0).getString("message"));
        assertEquals(0, borough.staffInOrganisation(), "nothing is written, not even the good rows");
    }

    @Test
    void aDryRunChecksTheWholeFileAndWritesNothing() throws Exception {
        Borough borough = new Borough();

        HttpResponse<String> good = postCsv(borough.managerName, "imports/staff?dryRun=true", borough.staffCsv(12));
        HttpResponse<String> bad = postCsv(borough.managerName, "imports/staff?dryRun=true",
                HEADER + "X1,Amira,,,Astronaut,,,No Such Council,,31/02/2024,,NOWHERE,\n");

        assertEquals(200, good.statusCode(), good.body());
        JsonObject preview = json(good);
        assertTrue(preview.getBoolean("dryRun"));
        assertEquals(12, preview.getInt("rowsRead"));
        assertEquals(12, preview.getInt("added"));
        assertEquals(400, bad.statusCode());
        List<String> where = json(bad).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("line 2, column family_name", "line 2, column role", "line 2, column organisation",
                "line 2, column start_date", "line 2, column locality_codes"), where, "every problem, in column order");
        assertEquals(0, borough.staffInOrganisation());
    }

    @Test
    void fiveThousandStaffImportInOneRequestWithTheirLineManagersLocalitiesAndSettings() throws Exception {
        Borough borough = new Borough();
        String csv = borough.staffCsv(5000);
        String fileName = "hr-export-" + borough.given.tag() + ".csv";

        long started = System.nanoTime();
        HttpResponse<String> reply = postCsv(borough.managerName, "imports/staff", csv, fileName);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("WorkforceIT: imported 5,000 staff through the API in %.1f s (server: %s s)%n", seconds,
                reply.statusCode() == 200 ? json(reply).get("seconds") : "-");

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals(5000, json(reply).getInt("added"));
        assertEquals(5000, borough.staffInOrganisation());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'STAFF_IMPORTED' AND actor = '"
                + borough.managerName + "' AND detail LIKE '5000 staff added from " + fileName + "%'"), "one audit event");
        assertEquals(2500, count("SELECT COUNT(*) FROM staff_setting WHERE setting_id = " + borough.centreId));
        assertEquals(1250, count("SELECT COUNT(*) FROM staff_locality WHERE locality_id = " + borough.south));
        // Row 26 reports to row 7, both in the file.
        JsonObject managed = entry(borough.admin, borough.ref(26));
        JsonObject lineManager = entry(borough.admin, borough.ref(7));
        assertEquals(lineManager.getJsonNumber("id").longValue(), count("SELECT line_manager_id FROM staff_member WHERE id = "
                + managed.getJsonNumber("id").longValue()));
        assertEquals(List.of("Kidderminster Children's Centre " + borough.given.tag()),
                managed.getJsonArray("settings").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void aBadRowAtLine4999OfFiveThousandLeavesTheStaffCountUnchanged() throws Exception {
        Borough borough = new Borough();
        String[] lines = borough.staffCsv(5000).split("\n");
        lines[4998] = lines[4998].replace("@example.org", "@example"); // line 4,999: an email without a domain
        long before = count("SELECT COUNT(*) FROM staff_member");

        HttpResponse<String> reply = postCsv(borough.managerName, "imports/staff", String.join("\n", lines) + "\n");

        assertEquals(400, reply.statusCode(), reply.body());
        JsonArray errors = json(reply).getJsonArray("errors");
        assertEquals(1, errors.size());
        assertEquals("line 4999, column email", errors.getJsonObject(0).getString("field"));
        assertEquals(before, count("SELECT COUNT(*) FROM staff_member"));
    }

    /**
     * The whole import is one transaction: a row the checks pass but the database refuses at the very end
     * undoes every row written before it. The test holds an uncommitted row with the file's last employee
     * ref, so the import blocks on that row (in its last batch) with at least 1,500 rows written but not
     * committed; then the test commits its row, the database refuses the import's, and they all disappear.
     */
    @Test
    void aRowTheDatabaseRefusesAtTheEndUndoesEveryRowWrittenBeforeIt() throws Exception {
        Borough borough = new Borough();
        String csv = borough.staffCsv(2000);
        try (Connection blocker = TestDatabase.dataSource().getConnection();
             Connection dirty = TestDatabase.dataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement insert = blocker.prepareStatement("INSERT INTO staff_member (employee_ref, given_name,"
                    + " family_name, role, organisation_id, registered_professional, version, created_at, updated_at)"
                    + " VALUES (?, 'Someone', 'Else', 'OTHER', ?, FALSE, 0, NOW(6), NOW(6))")) {
                insert.setString(1, borough.ref(2000));
                insert.setLong(2, borough.organisationId);
                insert.executeUpdate();
            }
            dirty.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);

            CompletableFuture<HttpResponse<String>> reply = postCsvAsync(borough.managerName, "imports/staff", csv, "blocked.csv");
            long inFlight = waitUntilSteady(() -> count(dirty, "SELECT COUNT(*) FROM staff_member WHERE organisation_id = "
                    + borough.organisationId), 1501, Duration.ofSeconds(90));
            long committedMeanwhile = borough.staffInOrganisation();
            blocker.commit();
            HttpResponse<String> answer = reply.get(90, TimeUnit.SECONDS);

            System.out.printf("WorkforceIT: %d rows written but uncommitted when the import blocked%n", inFlight - 1);
            assertTrue(inFlight > 1500, "the earlier batches were written, uncommitted, before the import blocked: " + inFlight);
            assertEquals(0, committedMeanwhile, "nothing committed while the import runs");
            assertEquals(409, answer.statusCode(), answer.body());
            assertTrue(json(answer).getString("detail").startsWith("Nothing was imported"), answer.body());
            assertEquals(1, borough.staffInOrganisation(), "only the test's own row: every imported row was undone");
            assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE detail LIKE '% from blocked.csv%'"));
        }
    }

    @Test
    void importedAccreditationRecordsAreVerifiedAndChangeWhoMayFacilitateAtOnce() throws Exception {
        Borough borough = new Borough();
        assertEquals(200, postCsv(borough.managerName, "imports/staff", borough.staffCsv(3)).statusCode());
        long first = entry(borough.admin, borough.ref(1)).getJsonNumber("id").longValue();
        String since = LocalDate.now().minusYears(1).toString();
        borough.given.compliant(first, since);
        String facilitators = "facilitators?programme=solihull-approach&needLevel=1&locality=" + borough.north;
        assertEquals(0, borough.admin.get(facilitators).array().size());
        String csv = "employee_ref,programme,stage,awarded_on,expires_on,awarding_body,certificate_ref\n"
                + borough.ref(1) + ",solihull-approach,ACCREDITED,12/03/2024,,,SA-2024-0311\n"
                + borough.ref(2) + ",triple p,TRAINED,2025-01-20,,University of Queensland,\n";

        HttpResponse<String> reply = postCsv(borough.managerName, "imports/accreditations", csv);

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals(2, json(reply).getInt("added"));
        assertEquals(2, json(reply).getInt("people"));
        JsonObject record = borough.admin.get("staff/" + first + "/accreditations").array().getJsonObject(0);
        assertEquals("IMPORT", record.getString("origin"));
        assertEquals("VERIFIED", record.getString("verification"));
        assertEquals(borough.managerName, record.getString("verifiedBy"));
        List<Long> qualified = borough.admin.get(facilitators).array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("staffId").longValue()).toList();
        assertEquals(List.of(first), qualified, "the qualification index was refreshed in the import's transaction");

        HttpResponse<String> again = postCsv(borough.managerName, "imports/accreditations", csv);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("already in Facilitate"), again.body());
    }

    @Test
    void onlyManagersAndAdministratorsMayImportOrDownloadTheTemplates() throws Exception {
        Borough borough = new Borough();
        long person = borough.given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 5, borough.organisationId, borough.north);
        String coordinator = borough.given.user("coordinator", "COORDINATOR", person);
        String staff = borough.given.user("staff", "STAFF", null);

        HttpResponse<String> byCoordinator = postCsv(coordinator, "imports/staff", borough.staffCsv(1));
        HttpResponse<String> byStaff = postCsv(staff, "imports/accreditations?dryRun=true", "employee_ref\n");
        HttpResponse<String> template = get(borough.managerName, "imports/staff/template");
        HttpResponse<String> templateForCoordinator = get(coordinator, "imports/accreditations/template");

        assertEquals(403, byCoordinator.statusCode(), byCoordinator.body());
        assertEquals(403, byStaff.statusCode());
        assertEquals(1, borough.staffInOrganisation(), "only the coordinator's own record");
        assertEquals(200, template.statusCode());
        assertTrue(template.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(template.body().contains("\nemployee_ref,given_name,family_name,email,role,"), template.body());
        assertEquals(403, templateForCoordinator.statusCode());
    }

    // --- The directory -------------------------------------------------------------------------------------

    @Test
    void theDirectoryFilteredByProgrammeListsExactlyThePeopleHoldingIt() throws Exception {
        Borough borough = new Borough();
        long amira = borough.given.staff("Amira", "Hussain", "HEALTH_VISITOR", 6, borough.organisationId, borough.north);
        long grace = borough.given.staff("Grace", "Okafor", "FAMILY_SUPPORT_WORKER", 4, borough.organisationId, borough.south);
        long tom = borough.given.staff("Tom", "Bradley", "FAMILY_SUPPORT_WORKER", 4, borough.organisationId, borough.north);
        borough.given.staff("Joy", "Mensah", "SOCIAL_WORKER", 6, borough.organisationId, borough.north);
        borough.given.accreditation(amira, "solihull-approach", "ACCREDITED", "2023-05-02", null);
        borough.given.accreditation(grace, "solihull-approach", "TRAINED", "2025-02-11", null);
        borough.given.accreditation(tom, "triple-p", "ACCREDITED", "2022-10-01", null);

        JsonObject solihull = borough.manager.get("directory?organisation=" + borough.organisationId
                + "&programme=solihull-approach").object();
        JsonObject accredited = borough.manager.get("directory?organisation=" + borough.organisationId
                + "&programme=solihull-approach&stage=ACCREDITED").object();
        JsonObject byLevel = borough.manager.get("directory?organisation=" + borough.organisationId
                + "&sort=professionalLevel&descending=true&max=2").object();

        assertEquals(2, solihull.getInt("total"));
        assertEquals(List.of("Hussain", "Okafor"), familyNames(solihull));
        assertEquals(List.of("Hussain"), familyNames(accredited));
        assertEquals(borough.organisation, solihull.getJsonArray("entries").getJsonObject(0).getString("organisation"));
        assertEquals(List.of("North " + borough.given.tag()), solihull.getJsonArray("entries").getJsonObject(0)
                .getJsonArray("localities").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(4, byLevel.getInt("total"));
        assertEquals(6, byLevel.getJsonArray("entries").getJsonObject(0).getInt("professionalLevel"));
    }

    @Test
    void aPageOfTheDirectoryRunsTheSameStatementsWhateverItsSize() throws Exception {
        Borough borough = new Borough();
        assertEquals(200, postCsv(borough.managerName, "imports/staff", borough.staffCsv(60)).statusCode());
        String page = "directory?organisation=" + borough.organisationId + "&max=";
        borough.manager.get(page + "5"); // warm up

        long small = statementsFor(borough.manager, page + "5");
        long large = statementsFor(borough.manager, page + "60");

        assertEquals(60, borough.manager.get(page + "60").object().getJsonArray("entries").size());
        assertEquals(small, large, "names are loaded for the whole page at once, never per person");
    }

    @Test
    void onePersonIsReadAndUpdatedAtTheirOwnAddressAndAStaleVersionIsAConflict() {
        Borough borough = new Borough();
        long person = borough.given.staff("Leanne", "Price", "FAMILY_SUPPORT_WORKER", 3, borough.organisationId,
                borough.north);

        ApiClient.Reply read = borough.manager.get("staff/" + person);
        assertEquals(200, read.status(), read.toString());
        assertEquals("Price", read.object().getString("familyName"));
        long version = read.object().getJsonNumber("version").longValue();

        String promoted = "{\"employeeRef\":" + q(read.object().getString("employeeRef")) + ",\"givenName\":\"Leanne\","
                + "\"familyName\":\"Price\",\"role\":\"FAMILY_SUPPORT_WORKER\",\"professionalLevel\":4,"
                + "\"organisationId\":" + borough.organisationId + ",\"localityIds\":[" + borough.north + "],\"version\":";
        ApiClient.Reply updated = borough.manager.put("staff/" + person, promoted + version + "}");
        ApiClient.Reply stale = borough.manager.put("staff/" + person, promoted + version + "}");

        assertEquals(200, updated.status(), updated.toString());
        assertEquals(4, updated.object().getInt("professionalLevel"));
        assertEquals(409, stale.status(), "the version read before the first update is stale: " + stale);
        assertEquals(4, borough.manager.get("staff/" + person).object().getInt("professionalLevel"));
    }

    @Test
    void aCoordinatorSeesOnlyTheirLocalitiesAndStaffCannotUseTheDirectory() {
        Borough borough = new Borough();
        long claire = borough.given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 5, borough.organisationId, borough.north);
        borough.given.staff("Sam", "Patel", "FAMILY_SUPPORT_WORKER", 3, borough.organisationId, borough.south);
        ApiClient coordinator = ApiClient.as(base, borough.given.user("coordinator", "COORDINATOR", claire), ApiFixtures.PASSWORD);

        JsonObject seen = coordinator.get("directory?organisation=" + borough.organisationId).object();

        assertEquals(List.of("Donovan"), familyNames(seen), "Sam works in South only");
    }

    // --- Users ---------------------------------------------------------------------------------------------

    @Test
    void anAdministratorCreatesAnAccountLinkedToAStaffMemberAndListsIt() {
        Borough borough = new Borough();
        long jade = borough.given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 3, borough.organisationId, borough.north);
        String username = "jade.bennett." + borough.given.tag();

        ApiClient.Reply weak = borough.admin.post("users", "{\"username\":" + q(username) + ",\"password\":\"jadebennett1\","
                + "\"roles\":[\"STAFF\"],\"staffId\":" + jade + "}");
        ApiClient.Reply created = borough.admin.post("users", "{\"username\":" + q(username) + ",\"password\":"
                + q(ApiFixtures.PASSWORD) + ",\"roles\":[\"STAFF\"],\"staffId\":" + jade + "}");
        JsonArray listed = borough.admin.get("users?name=" + username).array();

        assertEquals(400, weak.status());
        assertEquals("password", weak.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(201, created.status(), created.toString());
        assertEquals(1, listed.size());
        JsonObject account = listed.getJsonObject(0);
        assertEquals(List.of("STAFF"), account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(jade, account.getJsonNumber("staffId").longValue());
        assertTrue(account.getString("staffName").startsWith("Jade Bennett ("), account.toString());
        assertTrue(account.getBoolean("enabled"));
        assertTrue(ApiClient.isNull(account, "lastLoginAt"), "never signed in");
        ApiClient jadeSignedIn = ApiClient.as(base, username, ApiFixtures.PASSWORD);
        assertEquals(200, jadeSignedIn.get("staff/" + jade + "/qualifications").status(), "her own record");
        assertEquals(404, jadeSignedIn.get("staff/" + borough.given.staff("Other", "Person", "MIDWIFE", 5,
                borough.organisationId, borough.north) + "/qualifications").status(), "nobody else's");
        assertFalse(ApiClient.isNull(borough.admin.get("users/" + account.getJsonNumber("id").longValue()).object(),
                "lastLoginAt"), "the API call signed in");
    }

    @Test
    void rolesChangeWithTheVersionReadAndAStaleVersionIsAConflict() throws Exception {
        Borough borough = new Borough();
        String username = borough.given.user("rolechange", "STAFF", null);
        JsonObject account = borough.admin.get("users?name=" + username).array().getJsonObject(0);
        long id = account.getJsonNumber("id").longValue();
        long version = account.getJsonNumber("version").longValue();
        ApiClient person = ApiClient.as(base, username, ApiFixtures.PASSWORD);
        assertEquals(403, postCsv(username, "imports/staff?dryRun=true", HEADER).statusCode());

        ApiClient.Reply promoted = borough.admin.put("users/" + id + "/roles",
                "{\"roles\":[\"STAFF\",\"WORKFORCE_MANAGER\"],\"version\":" + version + "}");
        ApiClient.Reply stale = borough.admin.put("users/" + id + "/roles", "{\"roles\":[\"STAFF\"],\"version\":" + version + "}");

        assertEquals(200, promoted.status(), promoted.toString());
        assertEquals(List.of("WORKFORCE_MANAGER", "STAFF"),
                promoted.object().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(200, person.get("directory").status(), "the new role counts from the next request");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'USER_ROLES_CHANGED' AND entity_id = '" + id + "'"));
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAndAPasswordResetReplacesTheOldOne() throws Exception {
        Borough borough = new Borough();
        String username = borough.given.user("leaver", "STAFF", null);
        long id = borough.admin.get("users?name=" + username).array().getJsonObject(0).getJsonNumber("id").longValue();
        ApiClient person = ApiClient.as(base, username, ApiFixtures.PASSWORD);
        assertEquals(200, person.get("programmes").status());

        ApiClient.Reply disabled = borough.admin.post("users/" + id + "/disable", "");
        int whileDisabled = person.get("programmes").status();
        ApiClient.Reply enabled = borough.admin.post("users/" + id + "/enable", "");
        int afterEnabled = person.get("programmes").status();
        ApiClient.Reply weak = borough.admin.put("users/" + id + "/password", "{\"password\":\"short\"}");
        ApiClient.Reply reset = borough.admin.put("users/" + id + "/password", "{\"password\":\"Fresh-Start-2027!q\"}");

        assertEquals(200, disabled.status(), disabled.toString());
        assertFalse(disabled.object().getBoolean("enabled"));
        assertEquals(401, whileDisabled);
        assertTrue(enabled.object().getBoolean("enabled"));
        assertEquals(200, afterEnabled);
        assertEquals(400, weak.status());
        assertEquals(200, reset.status(), reset.toString());
        assertEquals(401, person.get("programmes").status(), "the old password no longer works");
        assertEquals(200, ApiClient.as(base, username, "Fresh-Start-2027!q").get("programmes").status());
        assertEquals(3, count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'AppUser' AND entity_id = '" + id
                + "' AND action IN ('USER_DISABLED', 'USER_ENABLED', 'USER_PASSWORD_RESET')"));
        assertFalse(reset.body().contains("Fresh-Start"), "passwords are never echoed");
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorDropTheirOwnAdminRoleAndOthersCannotManageUsers() {
        Borough borough = new Borough();
        JsonObject me = borough.admin.get("users?name=" + TestDatabase.ADMIN_USER).array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("username").equals(TestDatabase.ADMIN_USER)).findFirst().orElseThrow();
        long myId = me.getJsonNumber("id").longValue();

        ApiClient.Reply disableMyself = borough.admin.post("users/" + myId + "/disable", "");
        ApiClient.Reply demoteMyself = borough.admin.put("users/" + myId + "/roles",
                "{\"roles\":[\"WORKFORCE_MANAGER\"],\"version\":" + me.getJsonNumber("version").longValue() + "}");
        ApiClient.Reply managerLists = borough.manager.get("users");
        ApiClient.Reply managerCreates = borough.manager.post("users", "{\"username\":\"sneaky\",\"password\":"
                + q(ApiFixtures.PASSWORD) + ",\"roles\":[\"ADMIN\"]}");

        assertEquals(403, disableMyself.status(), disableMyself.toString());
        assertTrue(disableMyself.object().getString("detail").contains("cannot disable your own account"));
        assertEquals(403, demoteMyself.status());
        assertTrue(borough.admin.get("users/" + myId).object().getBoolean("enabled"));
        assertEquals(403, managerLists.status());
        assertEquals(403, managerCreates.status());
    }

    // --- Helpers -------------------------------------------------------------------------------------------

    private JsonObject entry(ApiClient client, String employeeRef) {
        JsonArray entries = client.get("directory?name=" + employeeRef).object().getJsonArray("entries");
        assertEquals(1, entries.size(), "one person with ref " + employeeRef);
        return entries.getJsonObject(0);
    }

    private static List<String> familyNames(JsonObject page) {
        return page.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("familyName")).toList();
    }

    private HttpResponse<String> postCsv(String user, String path, String csv) throws Exception {
        return postCsv(user, path, csv, null);
    }

    private HttpResponse<String> postCsv(String user, String path, String csv, String fileName) throws Exception {
        return postCsvAsync(user, path, csv, fileName).get(5, TimeUnit.MINUTES);
    }

    private CompletableFuture<HttpResponse<String>> postCsvAsync(String user, String path, String csv, String fileName) {
        HttpRequest.Builder request = request(user, path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (fileName != null) {
            request.header("X-File-Name", fileName);
        }
        return HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(request(user, path).setHeader("Accept", "text/csv, */*").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + ApiFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/*$", "/") + "api/v1/" + path))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json")
                .timeout(Duration.ofMinutes(5));
    }

    private static JsonObject json(HttpResponse<String> reply) {
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readObject();
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            return count(connection, sql);
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Polls {@code value} until it is at least {@code atLeast} and has not changed for two seconds; returns it. */
    private static long waitUntilSteady(SqlCount value, long atLeast, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long seen = value.get();
        long steadySince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            long now = value.get();
            if (now != seen) {
                seen = now;
                steadySince = System.nanoTime();
            } else if (seen >= atLeast && System.nanoTime() - steadySince > 2_000_000_000L) {
                break;
            }
        }
        return seen;
    }

    @FunctionalInterface
    private interface SqlCount {
        long get() throws Exception;
    }

    /** Statements the database server executed while answering one request (nothing else runs meanwhile). */
    private static long statementsFor(ApiClient client, String path) throws Exception {
        long before = count("SHOW GLOBAL STATUS LIKE 'Questions'", 2);
        assertEquals(200, client.get(path).status());
        return count("SHOW GLOBAL STATUS LIKE 'Questions'", 2) - before - 1;
    }

    private static long count(String sql, int column) throws Exception {
        try (Connection connection = TestDatabase.dataSource().getConnection();
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(column);
        }
    }
}
