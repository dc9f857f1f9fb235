package uk.facilitate.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.SharedApp;

/**
 * The borough's local settings per programme through the API: an administrator's override changes
 * the rules every consumer reads (the programme, and verdicts, recomputed at once); nobody else
 * may change them. Each test puts the catalogue back as it found it, as the database is shared.
 */
@SharedApp
class CatalogueSettingsApiIT {

    @SharedApp.Base
    URL base;

    private static final String IY = "incredible-years";
    private static final String APPENDIX_A = "{\"needLevels\":[2,3,4],\"minimumProfessionalLevel\":{\"3\":6,\"4\":7},"
            + "\"reason\":\"The partnership follows Islington Appendix A: Incredible Years at need levels 2-4\",\"version\":null}";

    private static Optional<JsonObject> verdict(ApiClient api, long staffId, int needLevel) {
        JsonArray verdicts = api.get("staff/" + staffId + "/qualifications?on=" + LocalDate.now()).array();
        return verdicts.stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("programmeId").equals(IY) && v.getInt("needLevel") == needLevel).findFirst();
    }

    @Test
    void anOverrideOfTheNeedLevelsChangesTheVerdictAndTheProgrammeEveryoneReads() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long trust = given.organisation("Whittington Health");
        long locality = given.locality("Islington Central");
        long amira = given.staff("Amira", "Hussain", "CAMHS_CLINICIAN", 7, trust, locality);
        given.accreditation(amira, IY, "ACCREDITED", "2023-09-01", null);
        given.compliant(amira, LocalDate.now().minusMonths(6).toString());
        assertTrue(verdict(admin, amira, 3).orElseThrow().getBoolean("qualified"));
        assertTrue(verdict(admin, amira, 4).isEmpty(), "the catalogue (Section 8) serves need levels 2-3 only");

        ApiClient.Reply set = admin.put("programmes/" + IY + "/local-settings", APPENDIX_A);
        try {
            assertEquals(200, set.status(), set.toString());
            JsonObject view = set.object();
            assertEquals(List.of(2, 3), ints(view.getJsonObject("catalogue").getJsonArray("needLevels")));
            assertEquals(List.of(2, 3, 4), ints(view.getJsonObject("effective").getJsonArray("needLevels")));
            assertFalse(view.getJsonArray("progress").isEmpty(), "everyone's qualifications were recomputed");
            assertEquals(List.of(2, 3, 4), ints(admin.get("programmes/" + IY).object().getJsonArray("needLevels")));

            JsonObject specialist = verdict(admin, amira, 4).orElseThrow();
            assertTrue(specialist.getBoolean("qualified"), specialist.toString());
            List<Long> facilitators = admin.get("facilitators?programme=" + IY + "&needLevel=4&locality=" + locality
                    + "&on=" + LocalDate.now()).array().stream()
                    .map(v -> v.asJsonObject().getJsonNumber("staffId").longValue()).toList();
            assertEquals(List.of(amira), facilitators, "the precomputed index follows the override too");

            ApiClient.Reply stale = admin.put("programmes/" + IY + "/local-settings", APPENDIX_A);
            assertEquals(409, stale.status(), "a second save from the same (stale) view is a conflict: " + stale);
        } finally {
            long version = admin.get("programmes/" + IY + "/local-settings").object().getJsonNumber("version").longValue();
            ApiClient.Reply cleared = admin.delete("programmes/" + IY + "/local-settings?version=" + version
                    + "&reason=Back%20to%20the%20catalogue");
            assertEquals(200, cleared.status(), cleared.toString());
        }
        assertTrue(verdict(admin, amira, 4).isEmpty(), "cleared: the catalogue's rules apply again");
        assertEquals(List.of(2, 3), ints(admin.get("programmes/" + IY).object().getJsonArray("needLevels")));
    }

    @Test
    void onlyAdministratorsChangeLocalSettingsAndAReasonIsRequired() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Fairfield Council");
        long locality = given.locality("Fairfield East");
        long nadia = given.staff("Nadia", "Rahman", "MANAGER", 7, council, locality);
        ApiClient manager = ApiClient.as(base, given.user("nadia", "WORKFORCE_MANAGER", nadia), ApiFixtures.PASSWORD);
        long jade = given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 3, council, locality);
        ApiClient staff = ApiClient.as(base, given.user("jade", "STAFF", jade), ApiFixtures.PASSWORD);

        assertEquals(403, manager.put("programmes/" + IY + "/local-settings", APPENDIX_A).status());
        assertEquals(403, staff.put("programmes/" + IY + "/local-settings", APPENDIX_A).status());
        assertEquals(403, manager.delete("programmes/" + IY + "/local-settings?version=0&reason=x").status());
        JsonObject unchanged = staff.get("programmes/" + IY + "/local-settings").object();
        assertTrue(ApiClient.isNull(unchanged, "local"), unchanged.toString());
        assertEquals(List.of(2, 3), ints(unchanged.getJsonObject("effective").getJsonArray("needLevels")));

        ApiClient.Reply noReason = admin.put("programmes/" + IY + "/local-settings",
                "{\"needLevels\":[2,3,4],\"reason\":\"\",\"version\":null}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals("reason", noReason.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiClient.Reply course = admin.put("programmes/childrens-services-induction/local-settings",
                "{\"needLevels\":[1],\"reason\":\"Local induction\",\"version\":null}");
        assertEquals(400, course.status(), "a course has no facilitation rules: " + course);
    }

    private static List<Integer> ints(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonNumber) v).intValue()).toList();
    }
}
