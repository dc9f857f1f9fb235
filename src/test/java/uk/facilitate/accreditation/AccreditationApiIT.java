package uk.facilitate.accreditation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.SharedApp;
import uk.facilitate.testing.TestDatabase;

/**
 * Accreditation evidence and verification through the REST API, black-box: certificates checked
 * by content and size with nothing kept on refusal, served back only to those who may read the
 * person's record, and a verification queue that never overwrites a change silently.
 */
@SharedApp
class AccreditationApiIT {

    @SharedApp.Base
    URL base;

    private static final String SOLIHULL = "solihull-approach";
    private static final byte[] PDF = TestCertificates.PDF;

    /** A practitioner with a sign-in account, in a locality of their own. */
    private record Person(long staffId, String username, ApiClient api, long locality) {
    }

    private Person staffMember(ApiFixtures given, String givenName, String familyName) {
        long organisation = given.organisation("Luton Borough Council " + givenName);
        long locality = given.locality("Luton South " + givenName);
        long id = given.staff(givenName, familyName + " " + given.tag(), "FAMILY_SUPPORT_WORKER", 4, organisation, locality);
        String user = given.user(givenName.toLowerCase(), "STAFF", id);
        return new Person(id, user, ApiClient.as(base, user, ApiFixtures.PASSWORD), locality);
    }

    private static long logOwnAccreditation(Person person) {
        return person.api().create("staff/" + person.staffId() + "/accreditations", "{\"programmeId\":" + q(SOLIHULL)
                + ",\"stage\":\"ACCREDITED\",\"awardedOn\":" + q(LocalDate.now().minusMonths(1).toString())
                + ",\"certificateRef\":\"SOL-2026-0417\"}");
    }

    private static JsonObject record(Person person, long recordId) {
        return person.api().get("staff/" + person.staffId() + "/accreditations").array().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("id").longValue() == recordId)
                .findFirst().orElseThrow();
    }

    /** Files in the test run's evidence folder (the data folder TestDatabase gives Payara). */
    private static long storedFiles() throws IOException {
        Path folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "test-database", "files", "evidence");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aTextFileSentAsAPdfIsRefusedNamingTheFileFieldAndNothingIsSaved() throws IOException {
        ApiFixtures given = new ApiFixtures(ApiClient.admin(base));
        Person sam = staffMember(given, "Sam", "Patel");
        long recordId = logOwnAccreditation(sam);
        long before = storedFiles();

        ApiClient.Reply reply = sam.api().postBytes("staff/" + sam.staffId() + "/accreditations/" + recordId + "/evidence",
                "application/pdf", "Certificate of attendance: Solihull Approach foundation".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("file", error.getString("field"));
        assertTrue(error.getString("message").contains("PDF, JPEG or PNG"), error.toString());
        assertFalse(record(sam, recordId).getBoolean("hasEvidence"));
        assertEquals(before, storedFiles(), "no file kept for a refused upload");
        assertEquals(404, sam.api().download("accreditations/" + recordId + "/evidence").statusCode());
    }

    @Test
    void aCertificateOverFiveMegabytesIsRefusedAndNothingIsSaved() throws IOException {
        ApiFixtures given = new ApiFixtures(ApiClient.admin(base));
        Person sam = staffMember(given, "Sami", "Okonjo");
        long recordId = logOwnAccreditation(sam);
        byte[] tooBig = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        long before = storedFiles();

        ApiClient.Reply reply = sam.api().postBytes("staff/" + sam.staffId() + "/accreditations/" + recordId + "/evidence",
                "application/pdf", tooBig);

        assertEquals(400, reply.status(), reply.toString());
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("file", error.getString("field"));
        assertTrue(error.getString("message").contains("larger than 5 MB"), error.toString());
        assertFalse(record(sam, recordId).getBoolean("hasEvidence"));
        assertEquals(before, storedFiles());
    }

    @Test
    void aPdfIsStoredAndServedOnlyToThoseWhoMayReadTheRecord() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        Person sam = staffMember(given, "Samira", "Khan");
        Person other = staffMember(given, "Tom", "Bradley");
        long organisation = given.organisation("Luton Borough Council coordinators");
        long claireId = given.staff("Claire", "Donovan", "MANAGER", 6, organisation, sam.locality());
        ApiClient claire = ApiClient.as(base, given.user("claire", "COORDINATOR", claireId), ApiFixtures.PASSWORD);
        long elsewhereId = given.staff("Dev", "Rao", "MANAGER", 6, organisation, other.locality());
        ApiClient elsewhere = ApiClient.as(base, given.user("dev", "COORDINATOR", elsewhereId), ApiFixtures.PASSWORD);
        long recordId = logOwnAccreditation(sam);

        ApiClient.Reply attached = sam.api().postBytes("staff/" + sam.staffId() + "/accreditations/" + recordId
                + "/evidence", "application/octet-stream", PDF);

        assertEquals(200, attached.status(), attached.toString());
        assertTrue(attached.object().getBoolean("hasEvidence"));
        assertEquals("PENDING", attached.object().getString("verification"));
        String path = "accreditations/" + recordId + "/evidence";
        HttpResponse<byte[]> own = sam.api().download(path);
        assertEquals(200, own.statusCode());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("inline; filename=\"certificate-" + recordId + ".pdf\"",
                own.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(PDF, own.body());
        assertEquals(200, admin.download(path).statusCode(), "managers and administrators");
        assertEquals(200, claire.download(path).statusCode(), "a coordinator for Sam's locality");
        assertEquals(404, elsewhere.download(path).statusCode(), "a coordinator for another locality");
        assertEquals(404, other.api().download(path).statusCode(), "another member of staff");
        ApiClient.Reply intoSomeoneElses = other.api().postBytes("staff/" + sam.staffId() + "/accreditations/"
                + recordId + "/evidence", "application/pdf", PDF);
        assertEquals(404, intoSomeoneElses.status(), intoSomeoneElses.toString());
    }

    @Test
    void theQueueListsPendingRecordsAndAStaleVersionIsAConflictNotAnOverwrite() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        Person sam = staffMember(given, "Sunita", "Verma");
        long recordId = logOwnAccreditation(sam);

        List<JsonObject> queue = admin.get("accreditations/pending?name=" + given.tag()).array().stream()
                .map(JsonValue::asJsonObject).toList();

        assertEquals(1, queue.size(), queue.toString());
        JsonObject pending = queue.get(0);
        assertEquals(recordId, pending.getJsonNumber("id").longValue());
        assertEquals("Sunita Verma " + given.tag(), pending.getString("staffName"));
        assertEquals(sam.username(), pending.getString("loggedBy"));
        long version = pending.getJsonNumber("version").longValue();

        ApiClient.Reply blank = admin.post("accreditations/" + recordId + "/reject", "{\"version\":" + version + ",\"reason\":\" \"}");
        assertEquals(400, blank.status(), blank.toString());
        assertEquals("reason", blank.object().getJsonArray("errors").getJsonObject(0).getString("field"));

        ApiClient.Reply verified = admin.post("accreditations/" + recordId + "/verify", "{\"version\":" + version + "}");
        assertEquals(200, verified.status(), verified.toString());
        assertEquals("VERIFIED", verified.object().getString("verification"));
        assertEquals(TestDatabase.ADMIN_USER, verified.object().getString("verifiedBy"));

        ApiClient.Reply stale = admin.post("accreditations/" + recordId + "/reject",
                "{\"version\":" + version + ",\"reason\":\"Certificate unreadable\"}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("VERIFIED", record(sam, recordId).getString("verification"), "the verification stands");
        assertTrue(admin.get("accreditations/pending?name=" + given.tag()).array().isEmpty());
    }

    @Test
    void aRejectedRecordShowsTheReasonAndNewEvidenceSendsItBackToTheQueue() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        Person sam = staffMember(given, "Sara", "Lindqvist");
        long recordId = logOwnAccreditation(sam);
        long version = record(sam, recordId).getJsonNumber("version").longValue();

        ApiClient.Reply rejected = admin.post("accreditations/" + recordId + "/reject",
                "{\"version\":" + version + ",\"reason\":\"The certificate is for the foundation course, not the accreditation\"}");

        assertEquals(200, rejected.status(), rejected.toString());
        JsonObject seen = record(sam, recordId);
        assertEquals("REJECTED", seen.getString("verification"));
        assertEquals("The certificate is for the foundation course, not the accreditation", seen.getString("rejectionReason"));

        ApiClient.Reply resent = sam.api().postBytes("staff/" + sam.staffId() + "/accreditations/" + recordId + "/evidence",
                "application/pdf", PDF);
        assertEquals(200, resent.status(), resent.toString());
        assertEquals("PENDING", resent.object().getString("verification"));
        assertEquals(1, admin.get("accreditations/pending?name=" + given.tag()).array().size());
    }

    @Test
    void nobodyVerifiesTheirOwnRecordAndStaffCannotSeeTheQueue() {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long organisation = given.organisation("Islington Council");
        long locality = given.locality("Islington North");
        long nadiaId = given.staff("Nadia", "Rahman " + given.tag(), "MANAGER", 7, organisation, locality);
        ApiClient nadia = ApiClient.as(base, given.user("nadia", "WORKFORCE_MANAGER", nadiaId), ApiFixtures.PASSWORD);
        long own = nadia.create("staff/" + nadiaId + "/accreditations", "{\"programmeId\":" + q(SOLIHULL)
                + ",\"stage\":\"ACCREDITED\",\"awardedOn\":" + q(LocalDate.now().minusDays(3).toString()) + "}");
        Person sam = staffMember(given, "Stella", "Moore");

        assertEquals("PENDING", nadia.get("staff/" + nadiaId + "/accreditations").array().getJsonObject(0)
                .getString("verification"), "a manager's own record waits for another manager");
        assertTrue(nadia.get("accreditations/pending?name=" + given.tag()).array().isEmpty(), "not in her own queue");
        ApiClient.Reply self = nadia.post("accreditations/" + own + "/verify", "{\"version\":0}");
        assertEquals(403, self.status(), self.toString());
        assertEquals(403, sam.api().get("accreditations/pending").status());
        ApiClient.Reply staffVerifies = sam.api().post("accreditations/" + own + "/verify", "{\"version\":0}");
        assertEquals(403, staffVerifies.status(), staffVerifies.toString());
        assertEquals(1, admin.get("accreditations/pending?name=" + given.tag()).array().size(), "another manager sees it");
    }
}
