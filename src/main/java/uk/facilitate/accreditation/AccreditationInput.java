package uk.facilitate.accreditation;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a practitioner or manager types when logging an accreditation. */
public record AccreditationInput(
        @Size(max = 64) String programmeId,
        AccreditationStage stage,
        LocalDate awardedOn,
        LocalDate expiresOn,
        @Size(max = 200) String awardingBody,
        @Size(max = 100) String certificateRef) {
}
