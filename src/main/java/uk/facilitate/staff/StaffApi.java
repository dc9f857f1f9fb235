package uk.facilitate.staff;

import java.time.LocalDate;
import java.util.Set;

/** JSON shapes of the staff API. */
public final class StaffApi {

    private StaffApi() {
    }

    /** A staff member as sent to the API; {@code version} is required when updating. */
    public record StaffRequest(
            String employeeRef,
            String givenName,
            String familyName,
            String email,
            StaffRole role,
            Integer professionalLevel,
            boolean registeredProfessional,
            Long organisationId,
            Long lineManagerId,
            LocalDate startDate,
            LocalDate leaveDate,
            Set<Long> localityIds,
            Set<Long> settingIds,
            Long version) {

        public StaffDetails details() {
            return new StaffDetails(employeeRef, givenName, familyName, email, role, professionalLevel,
                    registeredProfessional, organisationId, lineManagerId, startDate, leaveDate, localityIds, settingIds);
        }
    }

    /** A staff member as the API returns them. */
    public record StaffView(
            long id, String employeeRef, String givenName, String familyName, String email, StaffRole role,
            Integer professionalLevel, boolean registeredProfessional, Long organisationId, Long lineManagerId,
            LocalDate startDate, LocalDate leaveDate, Set<Long> localityIds, Set<Long> settingIds, long version) {

        public static StaffView of(StaffMember s) {
            return new StaffView(s.getId(), s.getEmployeeRef(), s.getGivenName(), s.getFamilyName(), s.getEmail(),
                    s.getRole(), s.getProfessionalLevel(), s.isRegisteredProfessional(), s.getOrganisationId(),
                    s.getLineManagerId(), s.getStartDate(), s.getLeaveDate(), s.getLocalityIds(), s.getSettingIds(),
                    s.getVersion());
        }
    }
}
