package uk.facilitate.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.qualification.ExpectedBasis;
import uk.facilitate.qualification.PractitionerRecord;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.qualification.QualificationSettings;
import uk.facilitate.shared.AccreditationStage;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/** One person against a group's session dates: the renewals to book for a group to come, one running and one over. */
class SessionChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final ProgrammeRules IY = new ProgrammeRules("incredible-years", "Incredible Years",
            Set.of(NeedLevel.TARGETED, NeedLevel.COMPLEX), Map.of(), null, false, 90, Set.of());
    private static final QualificationSettings SETTINGS = QualificationSettings.defaults();

    private static PractitionerRecord supervisedOn(LocalDate last) {
        return new PractitionerRecord(7, "Jade Bennett", 6, LocalDate.of(2015, 4, 1), null,
                List.of(new PractitionerRecord.Accreditation(1, "incredible-years", AccreditationStage.ACCREDITED,
                        LocalDate.of(2022, 6, 1), null, true)),
                List.of(new PractitionerRecord.Supervision(last, SupervisionKind.INDIVIDUAL, null)),
                List.of(new PractitionerRecord.DbsCheck(LocalDate.of(2025, 1, 10), "001", false)),
                List.of(new PractitionerRecord.SafeguardingTraining(LocalDate.of(2025, 9, 1), 3)));
    }

    private static SessionChecks.Outcome check(PractitionerRecord person, LocalDate first, int sessions) {
        return new SessionChecks(SETTINGS, IY, NeedLevel.COMPLEX, SessionDates.weekly(first, sessions), TODAY)
                .check(person, ExpectedBasis.Booked.NOTHING, List.of());
    }

    @Test
    void aGroupToComeListsTheRenewalDueBeforeItsFirstSession() {
        SessionChecks.Outcome outcome = check(supervisedOn(LocalDate.of(2026, 11, 10)), LocalDate.of(2027, 4, 1), 14);

        assertTrue(outcome.takesEverySession(), outcome.missed().toString());
        assertEquals(List.of("supervision due by 08/02/2027, before the first session: not booked"), outcome.toBook());
    }

    @Test
    void aRunningGroupAsksForAnOverdueRenewalNowNotBeforeASessionAlreadyPast() {
        SessionChecks.Outcome outcome = check(supervisedOn(LocalDate.of(2026, 8, 20)), LocalDate.of(2026, 11, 2), 10);

        assertEquals(List.of("supervision overdue, to renew now: not booked"), outcome.toBook());
    }

    @Test
    void aGroupThatIsOverHasNothingToBook() {
        SessionChecks.Outcome outcome = check(supervisedOn(LocalDate.of(2026, 3, 1)), LocalDate.of(2026, 5, 4), 6);

        assertEquals(List.of(), outcome.toBook());
    }
}
