package uk.facilitate.staff;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** The editable details of a staff member, validated by {@link StaffService} before use. */
public record StaffDetails(
        @Size(max = 40) String employeeRef,
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyName,
        @Size(max = 254) String email,
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
