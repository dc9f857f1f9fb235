package uk.facilitate.staff;

import java.time.LocalDate;
import java.util.Set;
import uk.facilitate.platform.MaxLength;

/** The editable details of a staff member, validated by {@link StaffService} before use. */
public record StaffDetails(
        @MaxLength(40) String employeeRef,
        @MaxLength(100) String givenName,
        @MaxLength(100) String familyName,
        @MaxLength(254) String email,
        StaffRole role,
        Integer professionalLevel,
        boolean registeredProfessional,
        Long organisationId,
        Long lineManagerId,
        LocalDate startDate,
        LocalDate leaveDate,
        Set<Long> localityIds,
        Set<Long> settingIds) {

    public StaffDetails {
        localityIds = localityIds == null ? Set.of() : Set.copyOf(localityIds);
        settingIds = settingIds == null ? Set.of() : Set.copyOf(settingIds);
    }
}
