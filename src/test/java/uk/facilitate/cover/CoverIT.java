package uk.facilitate.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.facilitate.catalogue.Catalogue;
import uk.facilitate.qualification.EndKind;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationEngine;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.qualification.RandomRecords;
import uk.facilitate.qualification.Verdict;
import uk.facilitate.qualification.service.QualificationIndex;
import uk.facilitate.qualification.service.QualificationSettingsStore;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Deployments;

/**
 * Cover, end to end. In the container: random data sets written to the database, whose cover counts
 * (the set-based SQL over the precomputed intervals) must equal, cell by cell, what the Java engine
 * says person by person. Through the API (black-box, as a client): cells, forecasts, targets, access
 * and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class CoverIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(CoverIT.class, RandomRecords.class, ApiClient.class, ApiFixtures.class);
    }

    @PersistenceContext(unitName = "facilitate")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    CoverQueries queries;

    @Inject
    QualificationIndex index;

    @Inject
    QualificationSettingsStore settings;

    @Inject
    Catalogue catalogue;

    @ArquillianResource
    URL base;

    private static final String IY = "incredible-years";
    private static final String GROUP_TEEN = "triple-p-group-teen";

    // ------------------------------------------------------------------ in the container: SQL against the engine

    @Test
    void everyCellCountOfTheCoverSqlIsTheNumberOfPeopleTheEngineCallsQualified() throws Exception {
        // A borough supervision interval, so that renewals fall due inside the 90 days as well as hard ends.
        QualificationSettings before = settings.current();
        QualificationSettings withSupervision = new QualificationSettings(before.dbsRecheckMonths(),
                before.safeguardingRefreshMonths(), before.minimumSafeguardingLevel(),
                before.requireVerifiedAccreditation(), 90, before.requireVerifiedChecks());
        tx.begin();
        settings.save(withSupervision);
        tx.commit();
        try {
            compareCoverSqlWithEngine(new QualificationEngine(settings.current()));
        } finally {
            tx.begin();
            settings.save(before);
            index.rebuildAll(progress -> { });
            tx.commit();
        }
    }

    private void compareCoverSqlWithEngine(QualificationEngine engine) throws Exception {
        List<ProgrammeRules> rules = ProgrammeRules.of(catalogue.facilitatedProgrammes());
        int qualifiedSeen = 0;
        int lapsingSeen = 0;
        int renewingSeen = 0;
        for (long seed = 1; seed <= 12; seed++) {
            RandomRecords random = new RandomRecords(seed);
            DataSet data = writeRandomDataSet(random, seed);
            for (int d = 0; d < 25; d++) {
                LocalDate on = random.day();
                String where = "seed " + seed + " on " + on + " (re-run CoverIT with this seed to reproduce)";
                Map<String, int[]> sql = new HashMap<>();
                for (Object[] row : queries.counts(data.scope(), on, on.plusDays(90), QualificationSettings.RENEWABLE_BY_DEFAULT)) {
                    sql.put(row[0] + ":" + row[1] + ":" + row[2],
                            new int[] {((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                                    ((Number) row[5]).intValue()});
                }
                Map<String, int[]> java = new HashMap<>();
                for (PractitionerRecord person : data.people()) {
                    for (ProgrammeRules programme : rules) {
                        for (NeedLevel level : programme.needLevels()) {
                            Verdict verdict = engine.assess(person, programme, level, on);
                            if (!verdict.qualified()) {
                                continue;
                            }
                            boolean lapsing = verdict.lastQualifiedDay().map(last -> last.isBefore(on.plusDays(90)))
                                    .orElse(false);
                            boolean hard = lapsing && verdict.nextChange().endKind() == EndKind.HARD;
                            for (long locality : data.localitiesOf().get(person.staffId())) {
                                int[] cell = java.computeIfAbsent(programme.programmeId() + ":" + level.number() + ":"
                                        + locality, k -> new int[3]);
                                cell[0]++;
                                cell[1] += hard ? 1 : 0;
                                cell[2] += lapsing && !hard ? 1 : 0;
                            }
                        }
                    }
                }
                assertEquals(keysAndCounts(java), keysAndCounts(sql), where);
                qualifiedSeen += java.values().stream().mapToInt(c -> c[0]).sum();
                lapsingSeen += java.values().stream().mapToInt(c -> c[1]).sum();
                renewingSeen += java.values().stream().mapToInt(c -> c[2]).sum();

                // The forecast query counts each date exactly as the matrix does.
                List<LocalDate> dates = List.of(on, on.plusDays(1), on.plusDays(45));
                for (Object[] row : queries.forecastCounts(data.scope(), dates)) {
                    String key = row[0] + ":" + row[1] + ":" + row[2];
                    assertEquals(sql.containsKey(key) ? sql.get(key)[0] : 0, ((Number) row[3]).intValue(), where + " " + key);
                }
            }
        }
        assertTrue(qualifiedSeen >= 100, "enough qualified people were counted to mean something, was " + qualifiedSeen);
        assertTrue(lapsingSeen >= 10, "some counted people reach a hard end within 90 days, was " + lapsingSeen);
        assertTrue(renewingSeen >= 10, "some counted people only have a renewal due within 90 days, was "
                + renewingSeen);
    }

    @Test
    void rebuildingOneProgrammesRunsLeavesTheIndexExactlyAsRebuildingEveryProgrammeDoes() throws Exception {
        writeRandomDataSet(new RandomRecords(99), 99);
        String programme = RandomRecords.OTHER_PROGRAMME;
        tx.begin();
        try {
            index.rebuildAll(progress -> { });
            List<String> everything = indexRows();
            assertTrue(everything.stream().anyMatch(row -> row.contains(programme)), "the random people hold " + programme);
            // Lose that programme's runs, as if its rules had just changed, and rebuild it alone.
            em.createNativeQuery("DELETE FROM cover_interval").executeUpdate();
            em.createNativeQuery("DELETE FROM qualification_interval WHERE programme_id = ?").setParameter(1, programme)
                    .executeUpdate();
            em.createNativeQuery(QualificationIndex.COPY_TO_COVER + " WHERE qi.programme_id <> ?").setParameter(1, programme)
                    .executeUpdate();
            List<String> progress = new ArrayList<>();
            index.rebuildProgramme(programme, progress::add);
            assertEquals(everything, indexRows(), "both tables as after a full rebuild");
            assertTrue(progress.get(progress.size() - 1).startsWith("Recomputed "), progress.toString());
        } finally {
            tx.rollback();
        }
    }

    /** Every row of both index tables, in a stable order. */
    private List<String> indexRows() {
        List<String> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT staff_id, programme_id, need_level, valid_from, valid_until,"
                + " end_causes FROM qualification_interval ORDER BY 1, 2, 3, 4").getResultList()) {
            rows.add("qi " + java.util.Arrays.toString((Object[]) row));
        }
        for (Object row : em.createNativeQuery("SELECT ci.staff_id, p.id, ci.need_level, ci.locality_id, ci.valid_from,"
                + " ci.valid_until, ci.end_causes FROM cover_interval ci JOIN programme p ON p.short_id = ci.programme_short_id"
                + " ORDER BY 1, 2, 3, 4, 5").getResultList()) {
            rows.add("ci " + java.util.Arrays.toString((Object[]) row));
        }
        return rows;
    }

    /** The random people as stored, the localities each serves, and a scope on those localities only. */
    record DataSet(List<PractitionerRecord> people, Map<Long, List<Long>> localitiesOf, CoverQueries.Scope scope) {
    }

    private DataSet writeRandomDataSet(RandomRecords random, long seed) throws Exception {
        String tag = "S" + seed + "-" + UUID.randomUUID().toString().substring(0, 6);
        tx.begin();
        long organisation = insert("INSERT INTO organisation (name, kind) VALUES (?, 'COUNCIL')", "Random Council " + tag);
        List<Long> localities = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            localities.add(insert("INSERT INTO locality (code, name) VALUES (?, ?)", "R" + i + "-" + tag, "Random " + i + " " + tag));
        }
        List<PractitionerRecord> people = new ArrayList<>();
        Map<Long, List<Long>> localitiesOf = new HashMap<>();
        int count = random.between(6, 12);
        for (int i = 0; i < count; i++) {
            PractitionerRecord generated = random.chance(0.5) ? random.person(0)
                    : random.withACompliantCore(0, RandomRecords.OTHER_PROGRAMME);
            long staffId = insert("INSERT INTO staff_member (employee_ref, given_name, family_name, role, professional_level,"
                            + " organisation_id, start_date, leave_date, created_at, updated_at)"
                            + " VALUES (?, 'Random', ?, 'FAMILY_SUPPORT_WORKER', ?, ?, ?, ?, ?, ?)",
                    "R" + i + "-" + tag, "Practitioner " + i, generated.professionalLevel(), organisation,
                    generated.startDate(), generated.leaveDate(), Instant.now(), Instant.now());
            List<Long> served = new ArrayList<>(localities);
            java.util.Collections.shuffle(served, new java.util.Random(seed * 100 + i));
            served = served.subList(0, random.between(1, 3));
            for (long locality : served) {
                em.createNativeQuery("INSERT INTO staff_locality (staff_id, locality_id) VALUES (?, ?)")
                        .setParameter(1, staffId).setParameter(2, locality).executeUpdate();
            }
            localitiesOf.put(staffId, served);
            people.add(store(generated, staffId));
        }
        index.refresh(localitiesOf.keySet());
        tx.commit();
        return new DataSet(people, localitiesOf, new CoverQueries.Scope(null, null, null, false, Set.copyOf(localities)));
    }

    /** Writes the records the schema can hold (dates and kinds are required there) and returns them as stored. */
    private PractitionerRecord store(PractitionerRecord p, long staffId) {
        List<PractitionerRecord.Accreditation> accreditations = new ArrayList<>();
        for (PractitionerRecord.Accreditation a : p.accreditations()) {
            long id = insert("INSERT INTO accreditation_record (staff_id, programme_id, stage, awarded_on, expires_on,"
                            + " verification, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", staffId, a.programmeId(),
                    a.stage().name(), a.awardedOn(), a.expiresOn(), a.verified() ? "VERIFIED" : "PENDING", Instant.now());
            accreditations.add(new PractitionerRecord.Accreditation(id, a.programmeId(), a.stage(), a.awardedOn(),
                    a.expiresOn(), a.verified()));
        }
        List<PractitionerRecord.Supervision> sessions = p.supervision().stream()
                .filter(s -> s.date() != null && s.kind() != null).toList();
        for (PractitionerRecord.Supervision s : sessions) {
            insert("INSERT INTO supervision_session (supervisee_id, session_date, kind, programme_id, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", staffId, s.date(), s.kind().name(), s.programmeId(), Instant.now());
        }
        List<PractitionerRecord.DbsCheck> dbs = p.dbsChecks().stream().filter(c -> c.issuedOn() != null).toList();
        for (PractitionerRecord.DbsCheck c : dbs) {
            insert("INSERT INTO compliance_check (staff_id, kind, checked_on, certificate_number, update_service, created_at)"
                    + " VALUES (?, 'DBS', ?, ?, ?, ?)", staffId, c.issuedOn(), c.certificateNumber(), c.updateService(),
                    Instant.now());
        }
        List<PractitionerRecord.SafeguardingTraining> training = p.safeguarding().stream()
                .filter(t -> t.completedOn() != null).toList();
        for (PractitionerRecord.SafeguardingTraining t : training) {
            insert("INSERT INTO compliance_check (staff_id, kind, checked_on, safeguarding_level, created_at)"
                    + " VALUES (?, 'SAFEGUARDING', ?, ?, ?)", staffId, t.completedOn(), t.level(), Instant.now());
        }
        return new PractitionerRecord(staffId, p.name(), p.professionalLevel(), p.startDate(), p.leaveDate(),
                accreditations, sessions, dbs, training);
    }

    private long insert(String sql, Object... values) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private static Map<String, String> keysAndCounts(Map<String, int[]> cells) {
        Map<String, String> out = new java.util.TreeMap<>();
        cells.forEach((key, value) -> {
            if (value[0] > 0) {
                out.put(key, value[0] + " (" + value[1] + " lapsing, " + value[2] + " renewing)");
            }
        });
        return out;
    }

    // ------------------------------------------------------------------ through the API

    @Test
    @RunAsClient
    void aCellCountsExactlyThePeopleWhoseVerdictIsQualified() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Luton Borough Council");
        long north = given.locality("Luton North");
        String since = LocalDate.now().minusYears(1).toString();
        long priya = given.staff("Priya", "Shah", "FAMILY_SUPPORT_WORKER", 6, council, north);
        given.accreditation(priya, IY, "ACCREDITED", "2022-06-01", null);
        given.compliant(priya, since);
        long tom = given.staff("Tom", "Bradley", "FAMILY_SUPPORT_WORKER", 6, council, north);
        given.accreditation(tom, IY, "ACCREDITED", "2022-06-01", null);
        given.safeguarding(tom, since, 3); // no DBS check
        long joy = given.staff("Joy", "Mensah", "HEALTH_VISITOR", 4, council, north); // level 4: not for level 3
        given.accreditation(joy, IY, "ACCREDITED", "2022-06-01", null);
        given.compliant(joy, since);
        String today = LocalDate.now().toString();

        JsonObject matrix = admin.get("cover?on=" + today + "&locality=" + north + "&programme=" + IY).object();
        JsonObject cell2 = admin.get("cover/cell?on=" + today + "&programme=" + IY + "&needLevel=2&locality=" + north).object();
        JsonObject cell3 = admin.get("cover/cell?on=" + today + "&programme=" + IY + "&needLevel=3&locality=" + north).object();

        assertEquals(List.of(north), matrix.getJsonArray("columns").stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(List.of("2 2 0 0 GREEN", "1 2 1 0 RED"), matrix.getJsonArray("rows").stream()
                .map(r -> cellText(r.asJsonObject().getJsonArray("cells").getJsonArray(0))).toList());
        assertEquals(Set.of(priya, joy), ids(cell2.getJsonArray("people")));
        assertEquals(Set.of(priya), ids(cell3.getJsonArray("people")));
        assertEquals("RED", cell3.getString("status"));
        assertEquals(1, cell3.getInt("shortfall"));
        for (long person : List.of(priya, tom, joy)) {
            for (int level : List.of(2, 3)) {
                JsonObject verdict = admin.get("cover/verdict?staff=" + person + "&programme=" + IY + "&needLevel=" + level
                        + "&on=" + today).object();
                boolean counted = ids((level == 2 ? cell2 : cell3).getJsonArray("people")).contains(person);
                assertEquals(counted, verdict.getBoolean("qualified"), person + " at level " + level + ": " + verdict);
            }
        }
    }

    @Test
    @RunAsClient
    void theForecastDropsAFacilitatorOnTheDayAfterHerAccreditationExpiresAndSaysWhy() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Islington Council");
        long south = given.locality("Islington South");
        LocalDate expiry = LocalDate.now().plusDays(40);
        long grace = given.staff("Grace", "Okafor", "FAMILY_SUPPORT_WORKER", 6, council, south);
        given.accreditation(grace, GROUP_TEEN, "ACCREDITED", "2023-01-10", expiry.toString());
        given.compliant(grace, LocalDate.now().minusMonths(2).toString());

        JsonObject forecast = admin.get("cover/forecast?dates=" + expiry.minusDays(1) + "," + expiry + ","
                + expiry.plusDays(1) + "&locality=" + south + "&programme=" + GROUP_TEEN + "&needLevel=2").object();
        JsonObject monthly = admin.get("cover/forecast?from=" + LocalDate.now() + "&to=" + LocalDate.now().plusDays(90)
                + "&step=P30D&locality=" + south + "&programme=" + GROUP_TEEN + "&needLevel=2").object();

        assertEquals(List.of(1, 1, 0), counts(forecast.getJsonArray("rows").getJsonObject(0), 0));
        JsonObject fall = forecast.getJsonArray("falls").getJsonObject(0);
        assertEquals(expiry.plusDays(1).toString(), fall.getString("belowTargetOn"), fall.toString());
        assertEquals(List.of("ACCREDITATION_CURRENT"), fall.getJsonArray("reasons").getJsonObject(0)
                .getJsonArray("causes").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertEquals("Islington South " + given.tag() + " / Group Teen Triple P level 2: 1 → 0 on "
                + CoverWording.date(expiry.plusDays(1)) + " (target 1): one accreditation expires (hard end)",
                fall.getString("text"));
        assertEquals("HARD", fall.getJsonArray("reasons").getJsonObject(0).getString("endKind"), fall.toString());
        assertEquals(List.of(LocalDate.now().toString(), LocalDate.now().plusDays(30).toString(),
                        LocalDate.now().plusDays(60).toString(), LocalDate.now().plusDays(90).toString()),
                monthly.getJsonArray("dates").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertEquals(List.of(1, 1, 0, 0), counts(monthly.getJsonArray("rows").getJsonObject(0), 0));
        assertEquals(1, monthly.getJsonArray("falls").size(), monthly.toString());
        JsonObject total = monthly.getJsonArray("programmeTotals").getJsonObject(0);
        assertEquals(List.of(1, 1, 0, 0), total.getJsonArray("counts").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(n -> n.intValue()).toList());
    }

    @Test
    @RunAsClient
    void aRenewalFallingDueLeavesTheCellGreenAndSaysByWhenAndWhetherItIsBooked() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Renewal Council");
        long east = given.locality("Renewal East");
        long ben = given.staff("Ben", "Okafor", "HEALTH_VISITOR", 6, council, east);
        LocalDate today = LocalDate.now();
        given.accreditation(ben, GROUP_TEEN, "ACCREDITED", "2024-03-12", today.plusYears(2).toString());
        given.dbs(ben, today.minusMonths(36).plusDays(30).toString()); // the three-yearly re-check falls due in a month
        given.safeguarding(ben, today.minusMonths(6).toString(), 3);
        String cell = "cover/cell?programme=" + GROUP_TEEN + "&needLevel=1&locality=" + east;

        JsonObject due = admin.get(cell).object();
        assertEquals("GREEN", due.getString("status"), "a renewal to book is a task, not a warning colour: " + due);
        assertEquals(0, due.getInt("lapsing"), due.toString());
        assertEquals(1, due.getInt("renewing"), due.toString());
        JsonObject him = due.getJsonArray("people").getJsonObject(0);
        assertEquals("RENEWAL", him.getString("endKind"), him.toString());
        LocalDate lastDay = LocalDate.parse(him.getString("qualifiedUntil"));
        assertTrue(lastDay.isAfter(today.plusDays(20)) && lastDay.isBefore(today.plusDays(40)), him.toString());
        assertEquals("DBS re-check due by " + CoverWording.date(lastDay) + " (not booked)", him.getString("toBook"));

        ApiClient.Reply booked = admin.post("staff/" + ben + "/bookings", "{\"renewal\":\"DBS\",\"date\":\""
                + lastDay.minusDays(5) + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        JsonObject after = admin.get(cell).object().getJsonArray("people").getJsonObject(0);
        assertEquals("DBS re-check due by " + CoverWording.date(lastDay) + " (booked "
                + CoverWording.date(lastDay.minusDays(5)) + ")", after.getString("toBook"));
        assertEquals(lastDay.toString(), after.getString("qualifiedUntil"), "a booking never moves the held answer");
    }

    @Test
    @RunAsClient
    void aCellThatMeetsItsTargetButLosesSomeoneWithinNinetyDaysIsAmberAndTargetsCanBeSet() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Fairfield Council");
        long east = given.locality("Fairfield East");
        long west = given.locality("Fairfield West");
        long amira = given.staff("Amira", "Hussain", "HEALTH_VISITOR", 6, council, east);
        given.accreditation(amira, GROUP_TEEN, "ACCREDITED", "2023-03-12", LocalDate.now().plusDays(60).toString());
        given.compliant(amira, LocalDate.now().minusYears(1).toString());
        String cell = "cover/cell?programme=" + GROUP_TEEN + "&needLevel=1&locality=" + east;
        JsonObject amber = admin.get(cell).object();
        assertEquals("AMBER", amber.getString("status"), "the catalogue asks 1 per group; she lapses");
        assertEquals(1, amber.getInt("lapsing"), amber.toString());
        assertEquals(0, amber.getInt("renewing"), amber.toString());
        JsonObject her = amber.getJsonArray("people").getJsonObject(0);
        assertEquals("HARD", her.getString("endKind"), her.toString());
        assertEquals("accreditation expires", her.getString("ending"), her.toString());

        ApiClient.Reply added = admin.post("cover/targets", "{\"programme\":\"" + GROUP_TEEN + "\",\"needLevel\":1,"
                + "\"locality\":" + east + ",\"target\":3}");
        assertEquals(201, added.status(), added.toString());
        JsonObject afterTarget = admin.get(cell).object();
        assertEquals("RED", afterTarget.getString("status"));
        assertEquals(2, afterTarget.getInt("shortfall"));
        assertEquals(1, admin.get("cover/cell?programme=" + GROUP_TEEN + "&needLevel=1&locality=" + west).object()
                .getInt("target"), "other localities keep the catalogue's number");
        assertEquals(400, admin.post("cover/targets", "{\"programme\":\"" + GROUP_TEEN + "\",\"needLevel\":1,"
                + "\"locality\":" + east + ",\"target\":2}").status(), "one target per scope");

        long id = added.id();
        long version = added.object().getJsonNumber("version").longValue();
        ApiClient.Reply changed = admin.put("cover/targets/" + id, "{\"target\":0,\"version\":" + version + "}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(409, admin.put("cover/targets/" + id, "{\"target\":5,\"version\":" + version + "}").status(),
                "a stale version is refused");
        assertEquals("GREEN", admin.get(cell).object().getString("status"), "a target of 0 is still met after she lapses");
        assertEquals(204, admin.delete("cover/targets/" + id + "?version="
                + changed.object().getJsonNumber("version").longValue()).status());
    }

    @Test
    @RunAsClient
    void coordinatorsSeeOnlyTheirOwnLocalitiesAndStaffSeeNoCover() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Wyvern Council");
        long mine = given.locality("Coordinator North");
        long theirs = given.locality("Coordinator South");
        long claire = given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 6, council, mine);
        long jade = given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 4, council, theirs);
        ApiClient coordinator = ApiClient.as(base, given.user("claire", "COORDINATOR", claire), ApiFixtures.PASSWORD);
        ApiClient staff = ApiClient.as(base, given.user("jade", "STAFF", jade), ApiFixtures.PASSWORD);

        ApiClient.Reply ownReply = coordinator.get("cover");
        assertEquals(200, ownReply.status(), ownReply.toString());
        JsonObject own = ownReply.object();

        assertEquals(List.of(mine), own.getJsonArray("columns").stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(403, coordinator.get("cover?locality=" + theirs).status());
        assertEquals(403, coordinator.get("cover/cell?programme=" + IY + "&needLevel=2&locality=" + theirs).status());
        assertEquals(403, coordinator.get("cover/forecast?locality=" + theirs).status());
        assertEquals(403, coordinator.post("cover/targets", "{\"programme\":\"" + IY + "\",\"target\":3}").status());
        assertEquals(403, staff.get("cover").status());
        assertEquals(403, staff.get("cover/forecast").status());
        assertTrue(staff.get("cover").contentType().startsWith("application/problem+json"));
    }

    @Test
    @RunAsClient
    void badInputIsAProblemJsonNamingTheField() {
        ApiClient admin = ApiClient.admin(base);

        for (String[] asked : new String[][] {{"cover?on=24/11/2026", "on"}, {"cover?needLevel=5", "needLevel"},
                {"cover?needLevel=two", "needLevel"}, {"cover?programme=no-such-programme", "programme"},
                {"cover?columns=wards", "columns"}, {"cover/forecast?step=monthly", "step"},
                {"cover/forecast?from=2027-01-01&to=2026-01-01", "to"}, {"cover/forecast?step=P1D&to=2099-01-01", "step"},
                {"cover/cell?programme=" + IY + "&needLevel=2", "locality"}}) {
            ApiClient.Reply reply = admin.get(asked[0]);
            assertEquals(400, reply.status(), asked[0] + ": " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertEquals(asked[1], reply.object().getJsonArray("errors").getJsonObject(0).getString("field"), asked[0]);
        }
    }

    @Test
    @RunAsClient
    void theWholeMatrixIsOneCompactAnswerWithEveryProgrammeAndLevelTheCatalogueServes() {
        ApiClient admin = ApiClient.admin(base);

        ApiClient.Reply reply = admin.get("cover");

        assertEquals(200, reply.status(), reply.toString());
        JsonObject matrix = reply.object();
        assertEquals(LocalDate.now().toString(), matrix.getString("on"));
        assertEquals(90, matrix.getInt("lapseWarningDays"));
        int columns = matrix.getJsonArray("columns").size();
        JsonArray rows = matrix.getJsonArray("rows");
        assertFalse(rows.isEmpty());
        for (JsonValue row : rows) {
            assertEquals(columns, row.asJsonObject().getJsonArray("cells").size());
        }
        assertTrue(rows.stream().anyMatch(r -> r.asJsonObject().getString("programme").equals(IY)
                && r.asJsonObject().getInt("needLevel") == 3));
        assertTrue(rows.stream().noneMatch(r -> r.asJsonObject().getString("programme").equals("childrens-services-induction")),
                "workforce courses are not facilitated, so they have no cover");
    }

    // ------------------------------------------------------------------ delivery groups, through the API

    private static final String SOLIHULL = "solihull-approach";

    @Test
    @RunAsClient
    void aGroupIsOfferedOnlyPeopleQualifiedOnEverySessionAndRefusesOneWhoLapsesMidGroupSayingWhenAndWhy() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Luton Borough Council");
        long north = given.locality("Luton North");
        long south = given.locality("Luton South");
        long centre = setting(admin, given, "Marsh Farm Children's Centre", council, north);
        LocalDate start = LocalDate.now().plusDays(7);
        String since = LocalDate.now().minusYears(1).toString();
        long amira = qualifiedFor(given, SOLIHULL, "Amira", "Hussain", council, north, null);
        LocalDate expires = start.plusWeeks(4).plusDays(1); // after session 5, before session 6
        long ben = qualifiedFor(given, SOLIHULL, "Ben", "Carter", council, north, expires.toString());
        long chloe = qualifiedFor(given, SOLIHULL, "Chloe", "Davies", council, south, null);
        long dev = given.staff("Dev", "Patel", "FAMILY_SUPPORT_WORKER", 6, council, north);
        given.accreditation(dev, SOLIHULL, "ACCREDITED", "2022-06-01", null);
        given.safeguarding(dev, since, 3); // no DBS check

        ApiClient.Reply planned = admin.post("groups", "{\"programmeId\":\"" + SOLIHULL + "\",\"needLevel\":2,"
                + "\"settingId\":" + centre + ",\"startDate\":\"" + start + "\"}");
        assertEquals(201, planned.status(), planned.toString());
        JsonObject group = planned.object();
        long id = group.getJsonNumber("id").longValue();
        assertEquals(10, group.getInt("sessions"), "the catalogue's 10 weekly sessions");
        assertEquals(start.plusWeeks(9).toString(), group.getString("endDate"));

        ApiClient.Reply offers = admin.get("groups/" + id + "/offers");
        assertEquals(Set.of(amira), ids(offers.array()), "only people qualified on all 10 dates in North: " + offers);

        ApiClient.Reply refused = admin.post("groups/" + id + "/facilitators", "{\"staffId\":" + ben + ",\"version\":"
                + group.getJsonNumber("version") + "}");
        assertEquals(400, refused.status(), refused.toString());
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("staffId", error.getString("field"));
        assertTrue(error.getString("message").contains("on " + CoverWording.date(start.plusWeeks(5)) + " (session 6 of 10)"),
                error.toString());
        assertTrue(error.getString("message").toLowerCase().contains("accreditation"), error.toString());
        assertEquals(400, admin.post("groups/" + id + "/facilitators", "{\"staffId\":" + chloe + ",\"version\":"
                + group.getJsonNumber("version") + "}").status(), "Chloe serves South, not North");

        ApiClient.Reply assigned = admin.post("groups/" + id + "/facilitators", "{\"staffId\":" + amira
                + ",\"version\":" + group.getJsonNumber("version") + "}");
        assertEquals(200, assigned.status(), assigned.toString());
        assertTrue(assigned.object().getJsonArray("warnings").isEmpty(), assigned.toString());
        JsonObject after = assigned.object().getJsonObject("group");
        assertEquals(Set.of(amira), ids(after.getJsonArray("facilitators")));
        assertTrue(after.getJsonArray("facilitators").getJsonObject(0).getBoolean("qualifiedThroughout"));
        assertTrue(after.getJsonArray("warnings").getString(0).contains("asks 2 facilitators per group; 1 assigned"),
                after.toString());
        assertEquals(409, admin.post("groups/" + id + "/facilitators", "{\"staffId\":" + dev + ",\"version\":"
                + group.getJsonNumber("version") + "}").status(), "a stale version is refused");
        assertTrue(ids(admin.get("groups/" + id + "/offers").array()).isEmpty(), "Amira is on the group already");
    }

    @Test
    @RunAsClient
    void aRenewalFallingDueDuringAGroupIsATaskToBookNotARefusal() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Renewal Borough Council");
        long west = given.locality("Renewal West");
        long centre = setting(admin, given, "Renewal Family Hub", council, west);
        LocalDate start = LocalDate.now().plusDays(7);
        long eve = given.staff("Eve", "Morgan", "FAMILY_SUPPORT_WORKER", 6, council, west);
        given.accreditation(eve, SOLIHULL, "ACCREDITED", "2022-06-01", null);
        given.safeguarding(eve, LocalDate.now().minusMonths(6).toString(), 3);
        given.dbs(eve, LocalDate.now().minusMonths(36).plusDays(30).toString()); // the re-check falls due in week 4
        long group = plan(admin, centre, start, 10);

        List<JsonObject> offers = admin.get("groups/" + group + "/offers").array().getValuesAs(JsonObject.class);
        assertEquals(1, offers.size(), offers.toString());
        String toBook = offers.get(0).getJsonArray("toBook").getString(0);
        assertTrue(toBook.startsWith("DBS re-check due by ") && toBook.contains(", before session ")
                && toBook.endsWith(" of 10: not booked"), toBook);

        JsonObject assigned = assign(admin, group, eve);
        assertTrue(assigned.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(w -> w.getString().equals("Eve Morgan: " + toBook)), assigned.toString());
        JsonObject her = assigned.getJsonObject("group").getJsonArray("facilitators").getJsonObject(0);
        assertFalse(her.getBoolean("qualifiedThroughout"), "not on the records held today");
        assertTrue(ApiClient.isNull(her, "problem"), her.toString());

        // Booked before it falls due, the group says so.
        LocalDate dueBy = java.time.LocalDate.parse(toBook.substring("DBS re-check due by ".length(),
                "DBS re-check due by ".length() + 10), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertEquals(201, admin.post("staff/" + eve + "/bookings", "{\"renewal\":\"DBS\",\"date\":\""
                + dueBy.minusDays(3) + "\"}").status());
        JsonObject after = admin.get("groups/" + group).object().getJsonArray("facilitators").getJsonObject(0);
        assertTrue(after.getJsonArray("toBook").getString(0).endsWith(": booked " + CoverWording.date(dueBy.minusDays(3))),
                after.toString());

        // A hard end during the group is still refused, with its date and rule.
        long finn = qualifiedFor(given, SOLIHULL, "Finn", "Walsh", council, west, start.plusWeeks(3).toString());
        long version = admin.get("groups/" + group).object().getJsonNumber("version").longValue();
        ApiClient.Reply refused = admin.post("groups/" + group + "/facilitators", "{\"staffId\":" + finn
                + ",\"version\":" + version + "}");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("(session 5 of 10)") && refused.body().toLowerCase().contains("accreditation"),
                refused.toString());
    }

    @Test
    @RunAsClient
    void aFacilitatorOnTwoGroupsMeetingOnTheSameDayIsFlaggedWithTheOtherGroupNamed() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Fairfield Council");
        long east = given.locality("Fairfield East");
        long hub = setting(admin, given, "Fairfield Family Hub", council, east);
        long centre = setting(admin, given, "Oakwood Children's Centre", council, east);
        long priya = qualifiedFor(given, SOLIHULL, "Priya", "Shah", council, east, null);
        LocalDate monday = LocalDate.now().plusWeeks(2).with(java.time.DayOfWeek.MONDAY);

        long first = plan(admin, hub, monday, 10);
        long sameDay = plan(admin, centre, monday.plusWeeks(6), 10); // sessions 7-10 of the first share Mondays
        long tuesday = plan(admin, centre, monday.plusDays(1), 10);
        assign(admin, first, priya);

        JsonObject clash = assign(admin, sameDay, priya);
        JsonObject noClash = assign(admin, tuesday, priya);

        String firstName = "Solihull Approach — the first five years at Fairfield Family Hub " + given.tag() + " from " + CoverWording.date(monday);
        assertEquals(List.of("Priya Shah is also facilitating " + firstName + " on "
                + CoverWording.date(monday.plusWeeks(6)) + " and 3 more of this group's session dates"),
                clash.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertTrue(noClash.getJsonArray("warnings").isEmpty(), noClash.toString());
        JsonObject firstGroup = admin.get("groups/" + first).object();
        JsonObject clashes = firstGroup.getJsonArray("facilitators").getJsonObject(0).getJsonArray("clashes").getJsonObject(0);
        assertEquals(sameDay, clashes.getJsonNumber("groupId").longValue(), "flagged on both groups");
        assertEquals(4, clashes.getInt("sharedSessions"));
    }

    @Test
    @RunAsClient
    void coordinatorsPlanGroupsOnlyInTheirOwnLocalities() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Wyvern Council");
        long mine = given.locality("Groups North");
        long theirs = given.locality("Groups South");
        long myCentre = setting(admin, given, "North Centre", council, mine);
        long theirCentre = setting(admin, given, "South Centre", council, theirs);
        long claire = given.staff("Claire", "Donovan", "PARENTING_PRACTITIONER", 6, council, mine);
        ApiClient coordinator = ApiClient.as(base, given.user("claire", "COORDINATOR", claire), ApiFixtures.PASSWORD);
        String body = "{\"programmeId\":\"" + SOLIHULL + "\",\"needLevel\":1,\"startDate\":\""
                + LocalDate.now().plusDays(10) + "\",\"sessions\":6,\"settingId\":";

        assertEquals(201, coordinator.post("groups", body + myCentre + "}").status());
        assertEquals(403, coordinator.post("groups", body + theirCentre + "}").status());
        long elsewhere = admin.create("groups", body + theirCentre + "}");
        assertEquals(404, coordinator.get("groups/" + elsewhere).status());
        assertTrue(coordinator.get("groups?max=500").array().stream()
                .noneMatch(g -> g.asJsonObject().getJsonNumber("localityId").longValue() == theirs));
        ApiClient.Reply bad = coordinator.post("groups", "{\"programmeId\":\"mellow-parenting\",\"needLevel\":2,"
                + "\"settingId\":" + myCentre + "}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("needLevel") && bad.body().contains("startDate"), bad.body());
    }

    private static long setting(ApiClient admin, ApiFixtures given, String name, long organisation, long locality) {
        return admin.create("settings", "{\"name\":" + ApiClient.q(name + " " + given.tag())
                + ",\"kind\":\"CHILDRENS_CENTRE\",\"organisationId\":" + organisation + ",\"localityId\":" + locality + "}");
    }

    private static long qualifiedFor(ApiFixtures given, String programme, String givenName, String familyName,
                                     long organisation, long locality, String expires) {
        long id = given.staff(givenName, familyName, "FAMILY_SUPPORT_WORKER", 6, organisation, locality);
        given.accreditation(id, programme, "ACCREDITED", "2022-06-01", expires);
        given.compliant(id, LocalDate.now().minusMonths(6).toString());
        return id;
    }

    private static long plan(ApiClient admin, long setting, LocalDate start, int sessions) {
        return admin.create("groups", "{\"programmeId\":\"" + SOLIHULL + "\",\"needLevel\":1,\"settingId\":" + setting
                + ",\"startDate\":\"" + start + "\",\"sessions\":" + sessions + "}");
    }

    private static JsonObject assign(ApiClient admin, long group, long staff) {
        long version = admin.get("groups/" + group).object().getJsonNumber("version").longValue();
        ApiClient.Reply reply = admin.post("groups/" + group + "/facilitators", "{\"staffId\":" + staff
                + ",\"version\":" + version + "}");
        assertEquals(200, reply.status(), reply.toString());
        return reply.object();
    }

    private static String cellText(JsonArray cell) {
        return cell.getInt(0) + " " + (cell.isNull(1) ? "-" : cell.getInt(1)) + " " + cell.getInt(2) + " " + cell.getInt(3)
                + " " + cell.getString(4);
    }

    private static List<Integer> counts(JsonObject row, int column) {
        return row.getJsonArray("counts").getJsonArray(column).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(n -> n.intValue()).toList();
    }

    private static Set<Long> ids(JsonArray people) {
        Set<Long> ids = new java.util.HashSet<>();
        people.forEach(p -> ids.add(p.asJsonObject().getJsonNumber("staffId").longValue()));
        assertNotNull(ids);
        return ids;
    }
}
