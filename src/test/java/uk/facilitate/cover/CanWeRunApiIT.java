package uk.facilitate.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.SharedApp;

/**
 * "Can we run it?" over the API (issue 13, item 6): Incredible Years at need level 3, 14 weekly sessions from
 * four months ahead, with the borough asking supervision every 90 days. On the records held nobody would
 * still be supervised by then; on the expected basis the leader supervised last month is available, and the
 * others are listed with what each misses in the engine's words, until a booking brings one back.
 */
@SharedApp
class CanWeRunApiIT {

    private static final String IY = "incredible-years";

    @SharedApp.Base
    URL base;

    @Test
    void expectedBasisNamesWhoCanRunAGroupNextTermAndWhatTheOthersMissUntilABookingBringsOneBack() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        LocalDate today = LocalDate.now();
        long council = given.organisation("Run Council");
        long south = given.locality("Run South");
        long east = given.locality("Run East");
        long jade = leader(given, "Jade", "Bennett", 6, council, south, today.minusDays(20));
        long ali = leader(given, "Ali", "Reed", 6, council, south, today.minusDays(400));
        long kim = leader(given, "Kim", "Lowe", 4, council, south, today.minusDays(20));
        long sam = given.staff("Sam", "Ortiz", "FAMILY_SUPPORT_WORKER", 6, council, south);
        given.accreditation(sam, IY, "ACCREDITED", "2022-06-01", today.plusDays(60).toString());
        given.supervision(sam, today.minusDays(20).toString());
        given.compliant(sam, today.minusDays(100).toString());
        String question = "cover/can-we-run?programme=" + IY + "&needLevel=3&locality=" + south + "&from="
                + today.plusDays(120);

        String settings = admin.get("settings/qualification").body();
        JsonObject policy = Json.createReader(new StringReader(settings)).readObject();
        try {
            assertEquals(200, admin.put("settings/qualification", Json.createObjectBuilder(policy)
                    .add("supervisionIntervalDays", 90).build().toString()).status());

            // Which conditions are routine renewals is the borough's setting: never a hard one like accreditation.
            ApiClient.Reply notRenewable = admin.put("settings/qualification", Json.createObjectBuilder(policy)
                    .add("supervisionIntervalDays", 90).add("renewable", Json.createArrayBuilder()
                            .add("SUPERVISION_CURRENT").add("ACCREDITATION_CURRENT")).build().toString());
            assertEquals(400, notRenewable.status(), notRenewable.toString());
            assertTrue(notRenewable.body().contains("\"field\":\"renewable\""), notRenewable.body());
            assertEquals(3, admin.get("settings/qualification").object().getJsonArray("renewable").size(),
                    "supervision, DBS and safeguarding by default, and nothing changed by the refusal");

            JsonObject answer = admin.get(question).object();
            assertEquals(14, answer.getInt("sessions"), "the catalogue's length");
            assertEquals(2, answer.getInt("facilitators"), "the catalogue's facilitators per group");
            assertEquals("EXPECTED", answer.getString("basis"));
            assertFalse(answer.getBoolean("canRun"), answer.toString());
            assertEquals(1, answer.getInt("shortfall"));
            assertTrue(answer.getString("summary").startsWith("Not yet: only 1 can facilitate Incredible Years"),
                    answer.getString("summary"));

            // The matrix on that date gives both numbers: expected as "Can we run it?" finds for one session, and held.
            JsonObject matrix = admin.get("cover?on=" + today.plusDays(120) + "&programme=" + IY + "&needLevel=3&locality="
                    + south).object();
            assertEquals("expected", matrix.getJsonArray("cellFields").getString(6), matrix.toString());
            jakarta.json.JsonArray cell = matrix.getJsonArray("rows").getJsonObject(0).getJsonArray("cells").getJsonArray(0);
            JsonObject oneSession = admin.get(question + "&sessions=1").object();
            assertEquals(oneSession.getJsonArray("available").size(), cell.getInt(6), "expected: " + cell);
            assertEquals(0, cell.getInt(0), "on the records held nobody is still supervised by then: " + cell);
            assertEquals(6, admin.get("cover?on=" + today + "&programme=" + IY + "&needLevel=3&locality=" + south).object()
                    .getJsonArray("cellFields").size(), "today's matrix is the records held only");

            List<JsonObject> available = answer.getJsonArray("available").getValuesAs(JsonObject.class);
            assertEquals(List.of(jade), available.stream().map(a -> a.getJsonNumber("staffId").longValue()).toList());
            String toBook = texts(available.get(0), "toBook");
            assertTrue(toBook.startsWith("supervision due by ") && toBook.contains(", before the first session: not booked"),
                    "held records lapse before the group; on schedule they are renewed: " + toBook);

            assertTrue(missing(answer, ali).toLowerCase().contains("supervision"), "lapsed more than one interval ago: " + missing(answer, ali));
            assertTrue(missing(answer, kim).toLowerCase().contains("professional level"), missing(answer, kim));
            assertTrue(missing(answer, sam).toLowerCase().contains("accreditation"), "a hard end is never assumed away: "
                    + missing(answer, sam));
            assertTrue(missing(answer, ali).startsWith("On " + uk(today.plusDays(120)) + " (session 1 of 14): "),
                    missing(answer, ali));

            // Ali books supervision before the group: from that date on Ali is expected too.
            ApiClient.Reply booked = admin.post("staff/" + ali + "/bookings", "{\"renewal\":\"SUPERVISION\",\"date\":\""
                    + today.plusDays(100) + "\",\"kind\":\"INDIVIDUAL\"}");
            assertEquals(201, booked.status(), booked.toString());
            JsonObject now = admin.get(question).object();
            assertTrue(now.getBoolean("canRun"), now.toString());
            assertTrue(now.getString("summary").startsWith("Yes: 2 of the people serving Run South"), now.getString("summary"));

            // A delivery group from then on is offered the same people, with the renewals to book (issue 13: a group
            // starting beyond one supervision interval was offered nobody).
            long centre = admin.create("settings", "{\"name\":\"Run Centre " + given.tag() + "\",\"kind\":"
                    + "\"CHILDRENS_CENTRE\",\"organisationId\":" + council + ",\"localityId\":" + south + "}");
            long group = admin.create("groups", "{\"programmeId\":\"" + IY + "\",\"needLevel\":3,\"settingId\":"
                    + centre + ",\"startDate\":\"" + today.plusDays(120) + "\"}");
            List<JsonObject> offers = admin.get("groups/" + group + "/offers").array().getValuesAs(JsonObject.class);
            assertEquals(java.util.Set.of(jade, ali), offers.stream().map(o -> o.getJsonNumber("staffId").longValue())
                    .collect(java.util.stream.Collectors.toSet()), offers.toString());
            assertTrue(offers.stream().filter(o -> o.getJsonNumber("staffId").longValue() == jade).findFirst().orElseThrow()
                    .getJsonArray("toBook").getString(0).endsWith("before the first session: not booked"), offers.toString());
            long version = admin.get("groups/" + group).object().getJsonNumber("version").longValue();
            ApiClient.Reply refused = admin.post("groups/" + group + "/facilitators", "{\"staffId\":" + sam
                    + ",\"version\":" + version + "}");
            assertEquals(400, refused.status(), "a hard end before the group is still refused: " + refused);

            // Assigned, Jade's renewal lands on the coordinator's list of things to book, and leaves it booked.
            assertEquals(200, admin.post("groups/" + group + "/facilitators", "{\"staffId\":" + jade + ",\"version\":"
                    + version + "}").status());
            JsonObject item = toBook(admin, group, jade);
            assertFalse(item.getBoolean("booked"), item.toString());
            assertTrue(item.getString("renewal").startsWith("supervision due by "), item.toString());
            assertEquals(201, admin.post("staff/" + jade + "/bookings", "{\"renewal\":\"SUPERVISION\",\"date\":\""
                    + today.plusDays(60) + "\",\"kind\":\"INDIVIDUAL\"}").status());
            JsonObject bookedItem = toBook(admin, group, jade);
            assertTrue(bookedItem.getBoolean("booked") && bookedItem.getString("renewal").endsWith(": booked "
                    + uk(today.plusDays(60))), bookedItem.toString());

            // On the records held (a first session today), supervision lapsing a year ago still counts against Ali.
            JsonObject held = admin.get(question.replace("&from=" + today.plusDays(120), "&from=" + today)).object();
            assertEquals("HELD", held.getString("basis"));
            assertFalse(held.getJsonArray("available").getValuesAs(JsonObject.class).stream()
                    .anyMatch(a -> a.getJsonNumber("staffId").longValue() == ali));
        } finally {
            assertEquals(200, admin.put("settings/qualification", settings).status());
        }

        // Bad input names the parameter; a level the programme does not serve says which it serves.
        ApiClient.Reply unserved = admin.get(question.replace("needLevel=3", "needLevel=4"));
        assertEquals(400, unserved.status(), unserved.toString());
        assertTrue(unserved.body().contains("is not delivered at need level 4 (specialist); it serves need levels 2 and 3"), unserved.body());
        ApiClient.Reply noDate = admin.get("cover/can-we-run?programme=" + IY + "&needLevel=3&locality=" + south);
        assertEquals(400, noDate.status());
        assertTrue(noDate.body().contains("\"field\":\"from\""), noDate.body());

        // A coordinator for another locality is told why, not shown an empty answer.
        long claire = given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 6, council, east);
        ApiClient coordinator = ApiClient.as(base, given.user("claire", "COORDINATOR", claire), ApiFixtures.PASSWORD);
        ApiClient.Reply elsewhere = coordinator.get(question);
        assertEquals(403, elsewhere.status(), elsewhere.toString());
        assertTrue(elsewhere.body().contains("Run South " + given.tag() + " is not one of the localities you coordinate"),
                elsewhere.body());
    }

    /** Accredited for Incredible Years, DBS and safeguarding current, last supervised on {@code supervised}. */
    private static long leader(ApiFixtures given, String givenName, String familyName, int level, long council,
                               long locality, LocalDate supervised) {
        long id = given.staff(givenName, familyName, "FAMILY_SUPPORT_WORKER", level, council, locality);
        given.accreditation(id, IY, "ACCREDITED", "2022-06-01", null);
        given.supervision(id, supervised.toString());
        given.compliant(id, supervised.minusDays(80).toString());
        return id;
    }

    private static JsonObject toBook(ApiClient client, long group, long staffId) {
        return client.get("groups/to-book").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("groupId").longValue() == group && t.getJsonNumber("staffId").longValue() == staffId)
                .findFirst().orElseThrow(() -> new AssertionError("on the list to book: " + client.get("groups/to-book")));
    }

    private static String missing(JsonObject answer, long staffId) {
        return answer.getJsonArray("nearest").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("staffId").longValue() == staffId).findFirst()
                .map(n -> texts(n, "missing")).orElse("(not listed: " + answer + ")");
    }

    private static String texts(JsonObject o, String key) {
        return String.join(" | ", o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    private static String uk(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
