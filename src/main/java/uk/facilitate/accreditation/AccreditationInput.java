package uk.facilitate.accreditation;

import java.time.LocalDate;
import uk.facilitate.platform.MaxLength;
import uk.facilitate.shared.AccreditationStage;

/** What a practitioner or manager types when logging an accreditation. */
public record AccreditationInput(
        @MaxLength(64) String programmeId,
        AccreditationStage stage,
        LocalDate awardedOn,
        LocalDate expiresOn,
        @MaxLength(200) String awardingBody,
        @MaxLength(100) String certificateRef) {
}
