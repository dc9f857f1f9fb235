package uk.facilitate.booking;

import uk.facilitate.platform.MaxLength;

/**
 * What is known once a booking has taken place: the version the user saw, and for supervision its
 * length, for a DBS re-check the certificate; everything else comes from the booking.
 */
public record HeldInput(
        Long version,
        Integer minutes,
        @MaxLength(40) String certificateNumber,
        boolean updateService) {
}
