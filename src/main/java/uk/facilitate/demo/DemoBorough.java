package uk.facilitate.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.facilitate.accreditation.AccreditationRecord;
import uk.facilitate.platform.security.Role;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.SupervisionKind;
import uk.facilitate.staff.Organisation;
import uk.facilitate.staff.Setting;
import uk.facilitate.staff.StaffRole;

/**
 * The demo data set: Wyvernside, a fictional English borough whose children's services partnership
 * (council, two NHS trusts, two voluntary organisations) employs about 300 practitioners across four
 * localities. Plain rows that refer to each other by business key (locality code, organisation and
 * setting name, employee reference), so the generator needs no database and tests can read it.
 *
 * <p>Made by {@link #generate(LocalDate, long)}: the same date and seed always give the same
 * borough, and every date is relative to {@code today}, so the demo looks current whenever it is
 * loaded. It is built to be interesting: each locality has a programme and need level with at most
 * one accredited facilitator, some accreditations and DBS checks run out within 90 days, and about
 * ten records wait for a manager's verification.
 */
public record DemoBorough(
        String name,
        LocalDate today,
        List<LocalityRow> localities,
        List<OrganisationRow> organisations,
        List<SettingRow> settings,
        List<StaffRow> staff,
        List<AccreditationRow> accreditations,
        List<SupervisionRow> supervision,
        List<DbsRow> dbsChecks,
        List<SafeguardingRow> safeguarding,
        List<BookingRow> bookings,
        List<UserRow> users) {

    /** The seed the demo loader uses. */
    public static final long DEFAULT_SEED = 20_260_317L;

    /** Demo-only passwords, documented in the README. They pass the password policy. */
    public static final String ADMIN_PASSWORD = "Demo-Setup-2026!";
    public static final String MANAGER_PASSWORD = "Demo-Verify-2026!";
    public static final String COORDINATOR_PASSWORD = "Demo-Cover-2026!";
    public static final String STAFF_PASSWORD = "Demo-Records-2026!";

    public DemoBorough {
        localities = List.copyOf(localities);
        organisations = List.copyOf(organisations);
        settings = List.copyOf(settings);
        staff = List.copyOf(staff);
        accreditations = List.copyOf(accreditations);
        supervision = List.copyOf(supervision);
        dbsChecks = List.copyOf(dbsChecks);
        safeguarding = List.copyOf(safeguarding);
        bookings = List.copyOf(bookings);
        users = List.copyOf(users);
    }

    /** The borough as it stands on {@code today}, generated from {@code seed}. */
    public static DemoBorough generate(LocalDate today, long seed) {
        return new BoroughGenerator(Objects.requireNonNull(today, "today"), seed).generate();
    }

    public Optional<StaffRow> staffMember(String employeeRef) {
        return staff.stream().filter(row -> row.employeeRef().equals(employeeRef)).findFirst();
    }

    public Optional<UserRow> user(String username) {
        return users.stream().filter(row -> row.username().equals(username)).findFirst();
    }

    /** A neighbourhood the services are planned for. */
    public record LocalityRow(String code, String name) {
    }

    /** A partner organisation; staff and settings refer to it by name. */
    public record OrganisationRow(String name, Organisation.Kind kind) {
    }

    /** A children's centre, team or project; {@code localityCode} is {@code null} when it serves the whole borough. */
    public record SettingRow(String name, Setting.Kind kind, String organisation, String localityCode) {
    }

    /**
     * A member of staff. {@code jobTitle} is for people reading the demo (the log, the README);
     * the staff record has no column for it. {@code lineManagerRef} is the manager's employee
     * reference, always of someone earlier in the list.
     */
    public record StaffRow(
            String employeeRef,
            String givenName,
            String familyName,
            String email,
            String jobTitle,
            StaffRole role,
            int professionalLevel,
            boolean registeredProfessional,
            String organisation,
            String lineManagerRef,
            LocalDate startDate,
            LocalDate leaveDate,
            List<String> localityCodes,
            List<String> settingNames) {

        public StaffRow {
            localityCodes = List.copyOf(localityCodes);
            settingNames = List.copyOf(settingNames);
        }

        public String fullName() {
            return givenName + " " + familyName;
        }

        /** In post on the day: started on or before it, and not left before it. */
        public boolean activeOn(LocalDate day) {
            return (startDate == null || !startDate.isAfter(day)) && (leaveDate == null || !leaveDate.isBefore(day));
        }
    }

    /**
     * One step a practitioner reached on a programme's path. {@code verifiedOn} is {@code null}
     * while the record waits for a manager; {@code loggedBy} is the user name that entered it.
     */
    public record AccreditationRow(
            String employeeRef,
            String programmeId,
            AccreditationStage stage,
            LocalDate awardedOn,
            LocalDate expiresOn,
            String awardingBody,
            String certificateRef,
            AccreditationRecord.Origin origin,
            String loggedBy,
            LocalDate verifiedOn,
            String verifiedBy) {

        public boolean verified() {
            return verifiedOn != null;
        }

        /** Accredited, verified, awarded by the day and not expired on it. */
        public boolean currentAccreditationOn(LocalDate day) {
            return stage == AccreditationStage.ACCREDITED && verified() && !awardedOn.isAfter(day)
                    && (expiresOn == null || !expiresOn.isBefore(day));
        }
    }

    /** A supervision session; the supervisor is a member of staff or, when external, only a name. */
    public record SupervisionRow(
            String superviseeRef,
            String supervisorRef,
            String supervisorName,
            LocalDate sessionDate,
            SupervisionKind kind,
            int minutes,
            String programmeId,
            String notes) {
    }

    /** An enhanced DBS check. */
    public record DbsRow(String employeeRef, LocalDate issuedOn, String certificateNumber, boolean updateService) {

        /** Last day current under a re-check interval, or empty on the Update Service. */
        public Optional<LocalDate> lastCurrentDay(int recheckMonths) {
            return updateService ? Optional.empty()
                    : Optional.of(issuedOn.plusMonths(recheckMonths).minusDays(1));
        }
    }

    /** Safeguarding training at a level (Intercollegiate Document levels 1–5). */
    public record SafeguardingRow(String employeeRef, LocalDate completedOn, int level) {
    }

    /** A supervision session booked ahead; the supervisor is the person's line manager, or none is named. */
    public record BookingRow(String employeeRef, String supervisorRef, LocalDate bookedFor, SupervisionKind kind) {
    }

    /** A demo sign-in account; {@code employeeRef} links it to a staff record, or is {@code null}. */
    public record UserRow(String username, String password, String role, String employeeRef, String description) {

        public UserRow {
            if (!Role.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
        }
    }
}
