package uk.facilitate.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.SharedApp;

/**
 * Renewals booked ahead (issue 13, item 2): who may book, move, cancel and mark held; every bad input
 * is refused with the field and changes nothing; and a booking never counts until it is held.
 */
@SharedApp
class BookingIT {

    @SharedApp.Base
    URL base;

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Jade, line-managed by Helen (a supervisor with a staff account); Claire coordinates their locality. */
    private final class Team {
        final ApiClient admin = ApiClient.admin(base);
        final ApiFixtures given = new ApiFixtures(admin);
        final long council = given.organisation("Booking Council");
        final long north = given.locality("Booking North");
        final long helen = given.staff("Helen", "Price", "MANAGER", 6, council, north);
        final long jade = given.staffManagedBy(helen, "Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 4, council, north);
        final long claire = given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 6, council, north);
        final long omar = given.staff("Omar", "Farah", "HEALTH_VISITOR", 6, council, north);
        final ApiClient self = ApiClient.as(base, given.user("jade", "STAFF", jade), ApiFixtures.PASSWORD);
        final ApiClient lineManager = ApiClient.as(base, given.user("helen", "STAFF", helen), ApiFixtures.PASSWORD);
        final ApiClient colleague = ApiClient.as(base, given.user("omar", "STAFF", omar), ApiFixtures.PASSWORD);
        final ApiClient coordinator = ApiClient.as(base, given.user("claire", "COORDINATOR", claire), ApiFixtures.PASSWORD);

        String bookings() {
            return "staff/" + jade + "/bookings";
        }

        List<JsonObject> listed() {
            return admin.get(bookings()).array().getValuesAs(JsonObject.class);
        }
    }

    private static String supervision(LocalDate date, Long supervisorId) {
        return "{\"renewal\":\"SUPERVISION\",\"date\":\"" + date + "\",\"kind\":\"INDIVIDUAL\""
                + (supervisorId == null ? "" : ",\"supervisorId\":" + supervisorId) + "}";
    }

    @Test
    void aBookedSessionCountsForNothingUntilItIsHeldAndThenIsLoggedOnItsDate() {
        Team t = new Team();
        LocalDate today = LocalDate.now();
        ApiClient.Reply booked = t.self.post(t.bookings(), supervision(today.plusDays(14), t.helen));
        assertEquals(201, booked.status(), booked.toString());
        JsonObject booking = booked.object();
        assertEquals("BOOKED", booking.getString("status"));
        assertEquals(today.plusDays(14).toString(), booking.getString("date"));
        long id = booking.getJsonNumber("id").longValue();
        String one = t.bookings() + "/" + id;
        assertEquals(0, t.admin.get("staff/" + t.jade + "/supervision").array().size(), "a booking is not a session held");

        ApiClient.Reply early = t.self.post(one + "/held", "{\"version\":" + booking.getJsonNumber("version") + "}");
        assertEquals(400, early.status(), early.toString());
        assertEquals("date", early.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(early.body().contains(UK.format(today.plusDays(14))), early.body());

        // It took place sooner than booked: move it to today, then mark it held.
        ApiClient.Reply moved = t.lineManager.put(one, "{\"date\":\"" + today + "\",\"version\":"
                + booking.getJsonNumber("version") + "}");
        assertEquals(200, moved.status(), moved.toString());
        long version = moved.object().getJsonNumber("version").longValue();
        assertTrue(version > booking.getJsonNumber("version").longValue(), moved.toString());
        ApiClient.Reply stale = t.self.post(one + "/held", "{\"version\":" + booking.getJsonNumber("version") + "}");
        assertEquals(409, stale.status(), "the version before the move: " + stale);

        ApiClient.Reply held = t.self.post(one + "/held", "{\"version\":" + version + ",\"minutes\":50}");
        assertEquals(200, held.status(), held.toString());
        assertEquals("HELD", held.object().getString("status"));
        List<JsonObject> sessions = t.admin.get("staff/" + t.jade + "/supervision").array().getValuesAs(JsonObject.class);
        assertEquals(1, sessions.size(), sessions.toString());
        JsonObject session = sessions.get(0);
        assertEquals(held.object().getJsonNumber("heldRecordId").longValue(), session.getJsonNumber("id").longValue());
        assertEquals(today.toString(), session.getString("date"));
        assertEquals(t.helen, session.getJsonNumber("supervisorId").longValue());
        assertEquals(50, session.getInt("minutes"));
        assertEquals("PENDING", session.getString("verification"), "her own entry waits for a manager, as by hand");

        long after = held.object().getJsonNumber("version").longValue();
        ApiClient.Reply again = t.self.post(one + "/cancel", "{\"version\":" + after + "}");
        assertEquals(400, again.status(), again.toString());
        assertTrue(again.body().contains("already held"), again.body());
    }

    @Test
    void theLineManagerAndManagersMayBookButNotAColleagueOrACoordinator() {
        Team t = new Team();
        LocalDate day = LocalDate.now().plusDays(30);
        assertEquals(201, t.lineManager.post(t.bookings(), supervision(day, t.helen)).status());
        assertEquals(1, t.lineManager.get(t.bookings()).array().size(), "the line manager sees what she booked");
        assertEquals(201, t.admin.post(t.bookings(), "{\"renewal\":\"DBS\",\"date\":\"" + day + "\"}").status());
        ApiClient.Reply colleague = t.colleague.post(t.bookings(), supervision(day.plusDays(1), null));
        assertEquals(404, colleague.status(), "a colleague may not even learn the record exists: " + colleague);
        ApiClient.Reply coordinator = t.coordinator.post(t.bookings(), supervision(day.plusDays(1), null));
        assertEquals(403, coordinator.status(), "a coordinator reads the record but books nothing: " + coordinator);
        assertEquals(404, t.colleague.get(t.bookings()).status());
        assertEquals(2, t.listed().size(), "the refused bookings left nothing behind");

        // A line manager books and moves, but logging a session held is the person's or a manager's.
        long id = t.listed().stream().filter(b -> b.getString("renewal").equals("SUPERVISION")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        ApiClient.Reply held = t.lineManager.post(t.bookings() + "/" + id + "/held", "{\"version\":0}");
        assertTrue(held.status() == 403 || held.status() == 404, held.toString());
    }

    @Test
    void everyBadBookingIsRefusedWithItsFieldAndChangesNothing() {
        Team t = new Team();
        LocalDate today = LocalDate.now();
        long leaver = t.given.staffLeaving(today.minusDays(3), "Lee", "Avery", "FAMILY_SUPPORT_WORKER", 4, t.council,
                t.north);
        long leaving = t.given.staffLeaving(today.plusDays(20), "Lia", "Grant", "FAMILY_SUPPORT_WORKER", 4, t.council,
                t.north);
        LocalDate day = today.plusDays(10);
        assertEquals(201, t.self.post(t.bookings(), supervision(day, null)).status());

        refused(t.self, t.bookings(), supervision(today.minusDays(1), null), "date", "has passed");
        refused(t.self, t.bookings(), supervision(day, null), "date", "already booked");
        refused(t.self, t.bookings(), "{\"date\":\"" + day + "\"}", "renewal", "Choose what to book");
        refused(t.self, t.bookings(), "{\"renewal\":\"SUPERVISION\",\"date\":\"" + day.plusDays(1) + "\"}", "kind",
                "kind of supervision");
        refused(t.self, t.bookings(), "{\"renewal\":\"SUPERVISION\",\"kind\":\"GROUP\",\"date\":\"" + day.plusDays(1)
                + "\",\"programmeId\":\"no-such-programme\"}", "programmeId", "not in the catalogue");
        refused(t.self, t.bookings(), supervision(day.plusDays(1), t.omar), "supervisorId", "from the list");
        refused(t.self, t.bookings(), "{\"renewal\":\"SAFEGUARDING\",\"date\":\"" + day + "\"}", "safeguardingLevel",
                "1 to 5");
        refused(t.self, t.bookings(), "{\"renewal\":\"DBS\",\"kind\":\"GROUP\",\"date\":\"" + day + "\"}", "kind",
                "Only supervision");
        refused(t.admin, "staff/" + leaver + "/bookings", supervision(day, null), "date", "nothing can be booked for a leaver");
        refused(t.admin, "staff/" + leaving + "/bookings", supervision(today.plusDays(20), null), "date",
                "leaves on " + UK.format(today.plusDays(20)));
        assertEquals(201, t.admin.post("staff/" + leaving + "/bookings", supervision(today.plusDays(19), null)).status(),
                "the day before she leaves is fine");

        JsonObject only = t.listed().get(0);
        String one = t.bookings() + "/" + only.getJsonNumber("id");
        refused(t.self, one, "{\"date\":\"" + today.minusDays(2) + "\",\"version\":" + only.getJsonNumber("version") + "}",
                "date", "has passed");
        refused(t.self, one, "{\"date\":\"" + day.plusDays(3) + "\"}", "version", "version");
        refused(t.self, one + "/held", "{\"version\":" + only.getJsonNumber("version") + ",\"certificateNumber\":\"1\"}",
                "certificateNumber", "Only a DBS");
        assertEquals(List.of(only), t.listed(), "nothing changed");
        assertEquals(0, t.admin.get("staff/" + t.jade + "/supervision").array().size());
    }

    @Test
    void aDbsReCheckAndASafeguardingRefreshAreLoggedAsChecksWhenHeld() {
        Team t = new Team();
        LocalDate today = LocalDate.now();
        JsonObject dbs = t.admin.post(t.bookings(), "{\"renewal\":\"DBS\",\"date\":\"" + today + "\"}").object();
        JsonObject refresher = t.admin.post(t.bookings(), "{\"renewal\":\"SAFEGUARDING\",\"date\":\"" + today
                + "\",\"safeguardingLevel\":3}").object();
        ApiClient.Reply dbsHeld = t.admin.post(t.bookings() + "/" + dbs.getJsonNumber("id") + "/held", "{\"version\":"
                + dbs.getJsonNumber("version") + ",\"certificateNumber\":\"001234567890\",\"updateService\":true}");
        assertEquals(200, dbsHeld.status(), dbsHeld.toString());
        ApiClient.Reply refreshed = t.admin.post(t.bookings() + "/" + refresher.getJsonNumber("id") + "/held",
                "{\"version\":" + refresher.getJsonNumber("version") + "}");
        assertEquals(200, refreshed.status(), refreshed.toString());

        List<JsonObject> checks = t.admin.get("staff/" + t.jade + "/compliance").array().getValuesAs(JsonObject.class);
        JsonObject check = checks.stream().filter(c -> c.getString("kind").equals("DBS")).findFirst().orElseThrow();
        assertEquals(today.toString(), check.getString("date"));
        assertEquals("001234567890", check.getString("certificateNumber"));
        assertTrue(check.getBoolean("updateService"));
        assertEquals("VERIFIED", check.getString("verification"), "a manager's entry for someone else");
        JsonObject training = checks.stream().filter(c -> c.getString("kind").equals("SAFEGUARDING")).findFirst()
                .orElseThrow();
        assertEquals(3, training.getInt("safeguardingLevel"));
        assertEquals(training.getJsonNumber("id").longValue(), refreshed.object().getJsonNumber("heldRecordId").longValue());

        JsonObject cancelled = t.self.post(t.bookings(), supervision(today.plusDays(7), null)).object();
        ApiClient.Reply cancel = t.self.post(t.bookings() + "/" + cancelled.getJsonNumber("id") + "/cancel",
                "{\"version\":" + cancelled.getJsonNumber("version") + "}");
        assertEquals("CANCELLED", cancel.object().getString("status"), cancel.toString());
        // Nothing is left to take place, so the list is newest first: the cancelled session, then the two checks.
        assertEquals(List.of("SUPERVISION CANCELLED", "SAFEGUARDING HELD", "DBS HELD"), t.listed().stream()
                .map(b -> b.getString("renewal") + " " + b.getString("status")).toList());
        assertFalse(t.listed().stream().anyMatch(b -> b.getString("status").equals("BOOKED")), "nothing left to take place");
    }

    private static void refused(ApiClient client, String path, String json, String field, String says) {
        ApiClient.Reply reply = path.matches(".*/bookings/\\d+$") ? client.put(path, json) : client.post(path, json);
        assertEquals(400, reply.status(), json + " → " + reply);
        assertTrue(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field) && e.getString("message").contains(says)),
                "expected " + field + ": …" + says + "… in " + reply);
    }
}
