package uk.facilitate.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.SharedApp;

/**
 * Cohort planning through the REST API, black-box: events, nominations and the waitlist, attendance,
 * completion into accreditation records, prerequisites, clashes, iCalendar, and the planner whose plan,
 * once applied and carried through, shows in the existing cover query.
 */
@SharedApp
class CohortApiIT {

    @SharedApp.Base
    URL base;

    private static final String GROUP_TEEN = "triple-p-group-teen";
    private static final String TRIPLE_P = "triple-p";
    private static final String IY = "incredible-years";

    @Test
    void aGroupTeenCohortOf16FillsThenWaitlistsAndAWithdrawalPromotesTheFirstPersonWaiting() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Islington Council");
        long locality = given.locality("Islington North");
        List<Long> staff = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            staff.add(given.staff("Parent" + i, "Practitioner", "FAMILY_SUPPORT_WORKER", 4, council, locality));
        }
        long event = groupTeenCohort(admin, given, "both steps", 16, pastWeekdays(5));

        List<JsonObject> replies = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            replies.add(nominate(admin, event, staff.get(i)));
        }

        for (int i = 0; i < 16; i++) {
            assertEquals("CONFIRMED", replies.get(i).getJsonObject("nomination").getString("status"));
        }
        JsonObject seventeenth = replies.get(16).getJsonObject("nomination");
        assertEquals("WAITLISTED", seventeenth.getString("status"), "the 17th nomination waits");
        assertEquals(1, seventeenth.getInt("waitlistPosition"));
        assertEquals(2, replies.get(17).getJsonObject("nomination").getInt("waitlistPosition"));
        JsonObject detail = admin.get("cohorts/" + event).object().getJsonObject("event");
        assertEquals(16, detail.getInt("confirmed"));
        assertEquals(2, detail.getInt("waitlisted"));

        long withdrawing = replies.get(3).getJsonObject("nomination").getJsonNumber("id").longValue();
        ApiClient.Reply withdrawn = admin.post("cohorts/" + event + "/nominations/" + withdrawing + "/withdraw",
                "{\"reason\":\"Caseload: cannot be released this term\"}");

        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("WITHDRAWN", withdrawn.object().getJsonObject("nomination").getString("status"));
        JsonArray promoted = withdrawn.object().getJsonArray("promoted");
        assertEquals(1, promoted.size(), "promoted automatically, in the same request");
        assertEquals((long) staff.get(16), promoted.getJsonObject(0).getJsonNumber("staffId").longValue(), "first come, first promoted");
        assertEquals("CONFIRMED", promoted.getJsonObject(0).getString("status"));
        JsonObject late = nominate(admin, event, staff.get(18)).getJsonObject("nomination");
        assertEquals("WAITLISTED", late.getString("status"));
        assertEquals(2, late.getInt("waitlistPosition"), "behind the one still waiting");
        assertTrue(audited("NOMINATION_PROMOTED", promoted.getJsonObject(0).getJsonNumber("id").longValue()),
                "the promotion is audited");
    }

    @Test
    void completingAllDaysCreatesAccreditedRecordsForAttendeesOnlyAndSomeoneWhoMissedADayIsToldWhy() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Luton Borough Council");
        long locality = given.locality("Luton South");
        List<LocalDate> days = pastWeekdays(5);
        long event = groupTeenCohort(admin, given, "completion", 16, days);
        List<Long> staff = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            long id = given.staff("Attendee" + i, "Okoro", "PARENTING_PRACTITIONER", 5, council, locality);
            staff.add(id);
            nominate(admin, event, id);
        }
        long missedADay = staff.get(2);
        long waitlisted = staff.get(16);
        moveTo(admin, event, "OPEN", "CONFIRMED", "RUNNING");
        JsonArray sessions = admin.get("cohorts/" + event + "/sessions").array();
        assertEquals(5, sessions.size());
        for (int s = 0; s < sessions.size(); s++) {
            long sessionId = sessions.getJsonObject(s).getJsonNumber("id").longValue();
            int day = s;
            String marks = staff.subList(0, 16).stream().map(id -> "{\"staffId\":" + id + ",\"present\":"
                    + !(id == missedADay && day == 3) + "}").collect(Collectors.joining(","));
            ApiClient.Reply recorded = admin.put("cohorts/" + event + "/attendance", "{\"sessionId\":" + sessionId
                    + ",\"marks\":[" + marks + "]}");
            assertEquals(200, recorded.status(), recorded.toString());
        }
        ApiClient.Reply notOnTheList = admin.put("cohorts/" + event + "/attendance", "{\"sessionId\":"
                + sessions.getJsonObject(0).getJsonNumber("id") + ",\"marks\":[{\"staffId\":" + waitlisted + ",\"present\":true}]}");
        assertEquals(400, notOnTheList.status(), "only confirmed places are on the register");

        ApiClient.Reply completed = admin.post("cohorts/" + event + "/completion", "{\"version\":" + version(admin, event) + "}");

        assertEquals(200, completed.status(), completed.toString());
        JsonObject result = completed.object();
        assertEquals(15, result.getJsonArray("completed").size());
        assertEquals(1, result.getJsonArray("notCompleted").size());
        JsonObject notDone = result.getJsonArray("notCompleted").getJsonObject(0);
        assertEquals(missedADay, notDone.getJsonNumber("staffId").longValue());
        assertTrue(notDone.getString("reason").contains("attended 4 of 5 sessions"), notDone.toString());
        assertEquals(days.get(4).toString(), result.getString("awardedOn"));
        for (long id : staff.subList(0, 16)) {
            JsonArray records = admin.get("staff/" + id + "/accreditations").array();
            if (id == missedADay) {
                assertEquals(0, records.size(), "no record for a person who missed a day");
                continue;
            }
            assertEquals(1, records.size(), "one record per attendee");
            JsonObject record = records.getJsonObject(0);
            assertEquals(GROUP_TEEN, record.getString("programmeId"));
            assertEquals("ACCREDITED", record.getString("stage"), "the event includes the accreditation step");
            assertEquals(days.get(4).toString(), record.getString("awardedOn"));
            assertEquals("University of Queensland", record.getString("awardingBody"));
            assertEquals("COHORT", record.getString("origin"));
            assertEquals("PENDING", record.getString("verification"));
        }
        assertEquals(0, admin.get("staff/" + waitlisted + "/accreditations").array().size(), "the waitlist attended nothing");
        assertEquals("COMPLETED", admin.get("cohorts/" + event).object().getJsonObject("event").getString("status"));
        assertEquals("every session attended", admin.get("cohorts/" + event).object().getJsonObject("event")
                .getString("completionRule"), "the rule applied is recorded");
    }

    @Test
    void aNominationWithoutThePrerequisiteIsRefusedWithTheReason() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Fairfield Council");
        long locality = given.locality("Fairfield East");
        long jade = given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 4, council, locality);
        long trained = given.staff("Grace", "Okafor", "FAMILY_SUPPORT_WORKER", 4, council, locality);
        given.accreditation(trained, GROUP_TEEN, "TRAINED", LocalDate.now().minusMonths(2).toString(), null);
        long accreditationDays = admin.create("cohorts", eventJson("Group Teen accreditation days " + given.tag(),
                "[\"accreditation\"]", 16, "[{\"date\":\"" + LocalDate.now().plusWeeks(6) + "\",\"stepId\":\"accreditation\"},"
                        + "{\"date\":\"" + LocalDate.now().plusWeeks(6).plusDays(1) + "\",\"stepId\":\"accreditation\"}]"));

        ApiClient.Reply refused = admin.post("cohorts/" + accreditationDays + "/nominations", "{\"staffId\":" + jade + "}");
        ApiClient.Reply accepted;
        try {
            // A recommended foundation is the borough's data, and advice only: it never refuses.
            admin.put("cohorts/foundations/" + GROUP_TEEN, "{\"foundations\":[\"training-for-work-with-parents\"]}");
            accepted = admin.post("cohorts/" + accreditationDays + "/nominations", "{\"staffId\":" + trained + "}");
        } finally {
            admin.put("cohorts/foundations/" + GROUP_TEEN, "{\"foundations\":[]}");
        }

        assertEquals(400, refused.status(), refused.toString());
        assertEquals("Jade Bennett has no Triple P provider training recorded: the Triple P accreditation step needs it first",
                refused.object().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(201, accepted.status(), accepted.toString());
        assertTrue(accepted.object().getJsonArray("advice").getString(0).startsWith("The borough recommends Training for"
                + " Work with Parents before Group Teen Triple P"), accepted.toString());
    }

    @Test
    void staffNominateThemselvesForApprovalOnlyAndAClashingDayIsRefused() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Solihull Council");
        long locality = given.locality("Solihull Central");
        long lineManager = given.staff("Helen", "Price", "MANAGER", 6, council, locality);
        long amira = given.staffManagedBy(lineManager, "Amira", "Hussain", "HEALTH_VISITOR", 6, council, locality);
        long colleague = given.staff("Tom", "Bradley", "HEALTH_VISITOR", 6, council, locality);
        ApiClient amiraApi = ApiClient.as(base, given.user("amira", "STAFF", amira), ApiFixtures.PASSWORD);
        ApiClient helenApi = ApiClient.as(base, given.user("helen", "STAFF", lineManager), ApiFixtures.PASSWORD);
        LocalDate day = LocalDate.now().plusWeeks(8);
        long event = admin.create("cohorts", eventJson("Group Teen self-nomination " + given.tag(),
                "[\"provider-training\",\"accreditation\"]", 16, sessionsFrom(day, 5)));
        moveTo(admin, event, "OPEN");

        ApiClient.Reply forColleague = amiraApi.post("cohorts/" + event + "/nominations", "{\"staffId\":" + colleague + "}");
        ApiClient.Reply self = amiraApi.post("cohorts/" + event + "/nominations", "{}");

        // Staff may not read a colleague's record, so nominating them answers as if they did not exist.
        assertEquals(404, forColleague.status(), forColleague.toString());
        assertEquals(201, self.status(), self.toString());
        JsonObject request = self.object().getJsonObject("nomination");
        assertEquals("REQUESTED", request.getString("status"));
        long nomination = request.getJsonNumber("id").longValue();
        assertEquals(1, amiraApi.get("cohorts/mine").array().size(), "staff see their own nominations");
        assertEquals(403, amiraApi.post("cohorts/" + event + "/nominations/" + nomination + "/approve", "{}").status());
        ApiClient.Reply approved = admin.post("cohorts/" + event + "/nominations/" + nomination + "/approve", "{}");
        assertEquals("CONFIRMED", approved.object().getString("status"), approved.toString());
        ApiClient.Reply released = helenApi.post("cohorts/" + event + "/nominations/" + nomination + "/release", "{}");
        assertEquals(200, released.status(), released.toString());
        assertEquals("helen-" + given.tag(), released.object().getString("releasedBy"));

        long clashing = admin.create("cohorts", eventJson("Group Teen clash " + given.tag(),
                "[\"provider-training\",\"accreditation\"]", 16, sessionsFrom(day.plusDays(2), 5)));
        ApiClient.Reply clash = admin.post("cohorts/" + clashing + "/nominations", "{\"staffId\":" + amira + "}");
        assertEquals(400, clash.status(), clash.toString());
        assertTrue(clash.body().contains("already has a session of Group Teen self-nomination"), clash.body());
    }

    @Test
    void theLifecycleRefusesSkippedStepsAndTheCalendarHasOneEventPerSession() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long event = groupTeenCohort(admin, given, "calendar", 16, List.of(LocalDate.now().plusWeeks(3),
                LocalDate.now().plusWeeks(3).plusDays(1)));

        ApiClient.Reply skip = admin.post("cohorts/" + event + "/status", "{\"status\":\"RUNNING\",\"version\":"
                + version(admin, event) + "}");
        ApiClient.Reply ics = admin.get("cohorts/" + event + "/calendar.ics", "text/calendar");

        assertEquals(400, skip.status());
        assertTrue(skip.body().contains("A planned event cannot become running"), skip.body());
        assertEquals(200, ics.status(), ics.toString());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\n"), ics.body());
        assertEquals(2, ics.body().split("BEGIN:VEVENT\r\n", -1).length - 1);
        assertTrue(ics.body().lines().allMatch(line -> line.length() <= 75));
    }

    @Test
    void thePlannerClosesTheStatedGapsWithinBudgetAndTheCoverQuerySaysSoOnceTheTrainingIsDone() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Planner Council");
        long north = given.locality("Planner North");
        long south = given.locality("Planner South");
        String since = LocalDate.now().minusMonths(6).toString();
        for (long locality : List.of(north, south)) {
            for (int i = 1; i <= 5; i++) {
                long person = given.staff("Planned" + i, "Candidate", "FAMILY_SUPPORT_WORKER", 6, council, locality);
                given.compliant(person, since);
            }
            long noDbs = given.staff("Unchecked", "Candidate", "FAMILY_SUPPORT_WORKER", 6, council, locality);
            given.safeguarding(noDbs, since, 3);
        }
        LocalDate target = LocalDate.now().plusMonths(6);
        String targets = "[" + target(north, IY, 3, target) + "," + target(south, IY, 3, target) + ","
                + target(north, TRIPLE_P, 2, target) + "," + target(south, TRIPLE_P, 2, target) + "]";
        String request = "{\"targets\":" + targets + ",\"budget\":20000,\"newCohortStart\":\""
                + LocalDate.now().plusWeeks(2) + "\",\"budgetCode\":\"PLAN-" + given.tag() + "\"}";

        JsonObject impossible = admin.post("planner", request.replace("\"budget\":20000", "\"budget\":500")).object();
        assertEquals(0, impossible.getJsonArray("suggestions").size(), impossible.toString());
        for (JsonValue gap : impossible.getJsonArray("gaps")) {
            assertFalse(gap.asJsonObject().getBoolean("closed"));
            assertTrue(gap.asJsonObject().getString("reason").contains("out of money"), gap.toString());
        }

        ApiClient.Reply proposed = admin.post("planner", request);
        assertEquals(200, proposed.status(), proposed.toString());
        JsonObject plan = proposed.object();
        assertTrue(plan.getBoolean("withinBudget"));
        assertTrue(plan.getJsonNumber("totalCost").bigDecimalValue().compareTo(new BigDecimal("20000")) <= 0);
        plan.getJsonArray("gaps").forEach(g -> assertTrue(g.asJsonObject().getBoolean("closed"), g.toString()));
        plan.getJsonArray("suggestions").forEach(s -> {
            assertTrue(s.asJsonObject().getString("explanation").startsWith("Closes the Planner "), s.toString());
            assertFalse(s.asJsonObject().getString("name").startsWith("Unchecked"), "nobody without a DBS check is proposed");
        });

        JsonObject applied = admin.post("planner/apply", request).object();
        assertEquals(plan, applied.getJsonObject("plan"), "the plan applied is the plan proposed");
        Set<Long> events = applied.getJsonArray("nominations").stream()
                .map(n -> n.asJsonObject().getJsonNumber("eventId").longValue()).collect(Collectors.toCollection(LinkedHashSet::new));
        for (long event : events) {
            carryThrough(admin, event);
        }

        for (String cell : List.of(IY + "&needLevel=3", TRIPLE_P + "&needLevel=2")) {
            for (long locality : List.of(north, south)) {
                JsonArray cover = admin.get("facilitators?programme=" + cell + "&locality=" + locality + "&on=" + target).array();
                assertTrue(cover.size() >= 2, cell + " in " + locality + ": " + cover);
            }
        }
        JsonObject costs = admin.get("cohorts/costs").object();
        JsonObject budget = costs.getJsonArray("byBudgetCode").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("key").equals("PLAN-" + given.tag())).findFirst().orElseThrow();
        assertTrue(budget.getJsonNumber("committed").bigDecimalValue().compareTo(new BigDecimal("20000")) <= 0, budget.toString());
        assertTrue(budget.getInt("completionRecords") >= 8, budget.toString());
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Reschedules the event into the past, runs it with everyone present, completes it and verifies the records. */
    private static void carryThrough(ApiClient admin, long event) {
        JsonArray sessions = admin.get("cohorts/" + event + "/sessions").array();
        List<LocalDate> days = pastWeekdays(sessions.size());
        StringBuilder moved = new StringBuilder("[");
        for (int i = 0; i < sessions.size(); i++) {
            moved.append(i == 0 ? "" : ",").append("{\"date\":\"").append(days.get(i)).append("\",\"stepId\":")
                    .append(q(sessions.getJsonObject(i).getString("stepId"))).append('}');
        }
        ApiClient.Reply rescheduled = admin.put("cohorts/" + event + "/sessions", "{\"sessions\":" + moved + "],\"version\":"
                + version(admin, event) + "}");
        assertEquals(200, rescheduled.status(), rescheduled.toString());
        moveTo(admin, event, "OPEN", "CONFIRMED", "RUNNING");
        JsonObject detail = admin.get("cohorts/" + event).object();
        List<Long> people = detail.getJsonArray("nominations").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("status").equals("CONFIRMED")).map(n -> n.getJsonNumber("staffId").longValue()).toList();
        for (JsonValue session : detail.getJsonArray("sessions")) {
            String marks = people.stream().map(id -> "{\"staffId\":" + id + ",\"present\":true}").collect(Collectors.joining(","));
            assertEquals(200, admin.put("cohorts/" + event + "/attendance", "{\"sessionId\":"
                    + session.asJsonObject().getJsonNumber("id") + ",\"marks\":[" + marks + "]}").status());
        }
        ApiClient.Reply completed = admin.post("cohorts/" + event + "/completion", "{\"version\":" + version(admin, event) + "}");
        assertEquals(200, completed.status(), completed.toString());
        for (JsonValue done : completed.object().getJsonArray("completed")) {
            long staffId = done.asJsonObject().getJsonNumber("staffId").longValue();
            long record = done.asJsonObject().getJsonNumber("accreditationRecordId").longValue();
            JsonObject current = admin.get("staff/" + staffId + "/accreditations").array().stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("id").longValue() == record).findFirst().orElseThrow();
            ApiClient.Reply verified = admin.post("accreditations/" + record + "/verify",
                    "{\"version\":" + current.getJsonNumber("version") + "}");
            assertEquals(200, verified.status(), verified.toString());
        }
    }

    private static String target(long locality, String programme, int level, LocalDate date) {
        return "{\"localityId\":" + locality + ",\"programmeId\":" + q(programme) + ",\"needLevel\":" + level
                + ",\"minimum\":2,\"targetDate\":\"" + date + "\"}";
    }

    private static long groupTeenCohort(ApiClient admin, ApiFixtures given, String what, int capacity, List<LocalDate> days) {
        StringBuilder sessions = new StringBuilder("[");
        for (int i = 0; i < days.size(); i++) {
            sessions.append(i == 0 ? "" : ",").append("{\"date\":\"").append(days.get(i)).append("\",\"stepId\":\"")
                    .append(i < Math.max(1, days.size() - 2) ? "provider-training" : "accreditation").append("\"}");
        }
        return admin.create("cohorts", eventJson("Group Teen Triple P " + what + " " + given.tag(),
                "[\"provider-training\",\"accreditation\"]", capacity, sessions.append(']').toString()));
    }

    private static String eventJson(String title, String steps, int capacity, String sessions) {
        return "{\"title\":" + q(title) + ",\"programmeId\":\"" + GROUP_TEEN + "\",\"steps\":" + steps
                + ",\"provider\":\"Triple P UK\",\"venue\":\"Family Hub, Mill Lane\",\"capacity\":" + capacity
                + ",\"budgetCode\":\"WFD-2026\",\"sessions\":" + sessions + "}";
    }

    private static String sessionsFrom(LocalDate start, int days) {
        StringBuilder sessions = new StringBuilder("[");
        for (int i = 0; i < days; i++) {
            sessions.append(i == 0 ? "" : ",").append("{\"date\":\"").append(start.plusDays(i)).append("\",\"stepId\":\"")
                    .append(i < 3 ? "provider-training" : "accreditation").append("\"}");
        }
        return sessions.append(']').toString();
    }

    /** The last {@code count} working days before today, oldest first. */
    private static List<LocalDate> pastWeekdays(int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = LocalDate.now().minusDays(1);
        while (days.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(0, day);
            }
            day = day.minusDays(1);
        }
        return days;
    }

    private static JsonObject nominate(ApiClient admin, long event, long staffId) {
        ApiClient.Reply reply = admin.post("cohorts/" + event + "/nominations", "{\"staffId\":" + staffId + "}");
        assertEquals(201, reply.status(), reply.toString());
        return reply.object();
    }

    private static long version(ApiClient admin, long event) {
        return admin.get("cohorts/" + event).object().getJsonObject("event").getJsonNumber("version").longValue();
    }

    private static void moveTo(ApiClient admin, long event, String... statuses) {
        for (String status : statuses) {
            ApiClient.Reply moved = admin.post("cohorts/" + event + "/status", "{\"status\":\"" + status + "\",\"version\":"
                    + version(admin, event) + "}");
            assertEquals(200, moved.status(), moved.toString());
        }
    }

    private static boolean audited(String action, long nominationId) {
        try (var connection = uk.facilitate.testing.TestDatabase.dataSource().getConnection();
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = ?"
                     + " AND entity_type = 'Nomination' AND entity_id = ?")) {
            statement.setString(1, action);
            statement.setString(2, String.valueOf(nominationId));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
