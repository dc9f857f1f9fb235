package uk.facilitate.cohort.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.shared.AccreditationStage.ACCREDITED;
import static uk.facilitate.shared.AccreditationStage.TRAINED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.facilitate.cohort.core.TrainingNeed.Held;
import uk.facilitate.cohort.core.TrainingNeed.Status;

class TrainingNeedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void eachStatusOfTheMatrix() {
        assertEquals(Status.NOT_TRAINED, TrainingNeed.classify(List.of(), null, TODAY, 90).status());
        assertEquals(Status.TRAINED, TrainingNeed.classify(List.of(
                new Held(TRAINED, LocalDate.of(2025, 5, 1), null, true, false)), null, TODAY, 90).status());
        assertEquals(Status.ACCREDITED, TrainingNeed.classify(List.of(
                new Held(ACCREDITED, LocalDate.of(2025, 5, 1), null, true, false)), null, TODAY, 90).status());
        TrainingNeed soon = TrainingNeed.classify(List.of(
                new Held(ACCREDITED, LocalDate.of(2023, 5, 1), null, true, false)), 36, TODAY, 90);
        assertEquals(Status.EXPIRING_SOON, soon.status());
        assertEquals(LocalDate.of(2026, 4, 30), soon.until());
        assertEquals(Status.LAPSED, TrainingNeed.classify(List.of(
                new Held(ACCREDITED, LocalDate.of(2020, 5, 1), LocalDate.of(2023, 4, 30), true, false)), null, TODAY, 90).status());
    }

    @Test
    void pendingRecordsCountButSaySoAndRejectedOnesDoNot() {
        TrainingNeed pending = TrainingNeed.classify(List.of(
                new Held(ACCREDITED, LocalDate.of(2026, 2, 1), null, false, false)), null, TODAY, 90);
        assertEquals(Status.ACCREDITED, pending.status());
        assertTrue(pending.pendingVerification());
        assertEquals(Status.NOT_TRAINED, TrainingNeed.classify(List.of(
                new Held(ACCREDITED, LocalDate.of(2026, 2, 1), null, false, true)), null, TODAY, 90).status());
    }
}
