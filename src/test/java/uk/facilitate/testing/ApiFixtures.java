package uk.facilitate.testing;

import static uk.facilitate.testing.ApiClient.q;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Builds the data a test needs through the API, with unique names so tests never depend on each
 * other or on what start-up seeded.
 */
public final class ApiFixtures {

    private final ApiClient admin;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public ApiFixtures(ApiClient admin) {
        this.admin = admin;
    }

    public String tag() {
        return tag;
    }

    public long organisation(String name) {
        return admin.create("organisations", "{\"name\":" + q(name + " " + tag) + ",\"kind\":\"COUNCIL\"}");
    }

    public long locality(String name) {
        return admin.create("localities", "{\"code\":" + q(name.toUpperCase().replace(' ', '_') + "-" + tag)
                + ",\"name\":" + q(name + " " + tag) + "}");
    }

    /** A staff member in one locality; returns the id. */
    public long staff(String givenName, String familyName, String role, Integer level, long organisationId, long localityId) {
        return staff(givenName, familyName, role, level, organisationId, localityId, "");
    }

    /** A staff member in one locality with a line manager; returns the id. */
    public long staffManagedBy(long lineManagerId, String givenName, String familyName, String role, Integer level,
                               long organisationId, long localityId) {
        return staff(givenName, familyName, role, level, organisationId, localityId,
                ",\"lineManagerId\":" + lineManagerId);
    }

    /** A staff member in one locality who leaves, or left, on a date; returns the id. */
    public long staffLeaving(LocalDate leaveDate, String givenName, String familyName, String role, Integer level,
                             long organisationId, long localityId) {
        return staff(givenName, familyName, role, level, organisationId, localityId,
                ",\"leaveDate\":" + q(leaveDate.toString()));
    }

    private long staff(String givenName, String familyName, String role, Integer level, long organisationId,
                       long localityId, String moreFields) {
        String ref = "E" + UUID.randomUUID().toString().substring(0, 10);
        return admin.create("staff", "{\"employeeRef\":" + q(ref) + ",\"givenName\":" + q(givenName)
                + ",\"familyName\":" + q(familyName) + ",\"role\":" + q(role) + ",\"professionalLevel\":" + level
                + ",\"organisationId\":" + organisationId + ",\"localityIds\":[" + localityId + "]"
                + ",\"startDate\":\"2015-04-01\"" + moreFields + "}");
    }

    /** Entered by an administrator for someone else, so verified at once. */
    public long accreditation(long staffId, String programmeId, String stage, String awardedOn, String expiresOn) {
        return admin.create("staff/" + staffId + "/accreditations", "{\"programmeId\":" + q(programmeId)
                + ",\"stage\":" + q(stage) + ",\"awardedOn\":" + q(awardedOn) + ",\"expiresOn\":" + q(expiresOn) + "}");
    }

    public long supervision(long staffId, String date) {
        return admin.create("staff/" + staffId + "/supervision", "{\"date\":" + q(date) + ",\"kind\":\"INDIVIDUAL\",\"minutes\":60}");
    }

    public long dbs(long staffId, String issuedOn) {
        return admin.create("staff/" + staffId + "/compliance", "{\"kind\":\"DBS\",\"date\":" + q(issuedOn)
                + ",\"certificateNumber\":\"001234567890\"}");
    }

    public long safeguarding(long staffId, String completedOn, int level) {
        return admin.create("staff/" + staffId + "/compliance", "{\"kind\":\"SAFEGUARDING\",\"date\":" + q(completedOn)
                + ",\"safeguardingLevel\":" + level + "}");
    }

    /** DBS and level-3 safeguarding current, as every facilitator needs. */
    public void compliant(long staffId, String since) {
        dbs(staffId, since);
        safeguarding(staffId, since, 3);
    }

    /** A sign-in account; returns the user name. */
    public String user(String name, String role, Long staffId) {
        String username = name + "-" + tag;
        admin.create("users", "{\"username\":" + q(username) + ",\"password\":" + q(PASSWORD) + ",\"staffId\":"
                + staffId + ",\"roles\":[" + q(role) + "]}");
        return username;
    }

    public static final String PASSWORD = "Test-Pass-2026!x";
}
