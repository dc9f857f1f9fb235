package uk.facilitate.accreditation;

import java.time.LocalDate;

/** What a practitioner or manager types when logging an accreditation. */
public record AccreditationInput(
        String programmeId,
        AccreditationStage stage,
        LocalDate awardedOn,
        LocalDate expiresOn,
        String awardingBody,
        String certificateRef) {
}
