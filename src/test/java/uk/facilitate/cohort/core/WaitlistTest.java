package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.facilitate.cohort.core.NominationStatus.CONFIRMED;
import static uk.facilitate.cohort.core.NominationStatus.WAITLISTED;
import static uk.facilitate.cohort.core.NominationStatus.WITHDRAWN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitlistTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    private static Waitlist.Entry entry(long id, NominationStatus status, int minutesAfterNine) {
        return new Waitlist.Entry(id, 100 + id, status, NINE.plusSeconds(60L * minutesAfterNine));
    }

    @Test
    void aCohortOfSixteenGivesTheSeventeenthNomineeAWaitlistPlace() {
        List<Waitlist.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            entries.add(entry(i, Waitlist.admit(entries, 16), i));
        }

        assertEquals(16, Waitlist.confirmed(entries));
        assertEquals(WAITLISTED, Waitlist.admit(entries, 16));
    }

    @Test
    void aWithdrawalPromotesTheLongestWaitingPersonFirstWhateverTheirId() {
        List<Waitlist.Entry> entries = List.of(
                entry(1, WITHDRAWN, 1), entry(2, CONFIRMED, 2),
                entry(9, WAITLISTED, 5), entry(4, WAITLISTED, 7), entry(3, WAITLISTED, 7));

        List<Waitlist.Entry> promoted = Waitlist.toPromote(entries, 2);

        assertEquals(List.of(9L), promoted.stream().map(Waitlist.Entry::nominationId).toList());
        assertEquals(2, Waitlist.position(entries, 3), "same time: the lower id waits less");
        assertEquals(3, Waitlist.position(entries, 4));
        assertEquals(0, Waitlist.position(entries, 2), "a confirmed place has no waitlist position");
    }

    @Test
    void moreCapacityPromotesAsManyAsFitAndAFullCohortPromotesNobody() {
        List<Waitlist.Entry> entries = List.of(entry(1, CONFIRMED, 1), entry(2, WAITLISTED, 2), entry(3, WAITLISTED, 3));

        assertEquals(List.of(2L, 3L), Waitlist.toPromote(entries, 5).stream().map(Waitlist.Entry::nominationId).toList());
        assertEquals(List.of(), Waitlist.toPromote(entries, 1));
    }
}
