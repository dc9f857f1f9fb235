package uk.facilitate.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.facilitate.qualification.PractitionerBuilder.date;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.facilitate.shared.NeedLevel;

/** Wording and invariants of a verdict on its own, including an open-ended one. */
class VerdictTest {

    static final List<RuleOutcome> ALL_MET = List.of(
            new RuleOutcome(Rule.ACCREDITATION_CURRENT, true, "You are accredited in Mellow Parenting, with no expiry",
                    "Accreditation #3, awarded 01/02/2021, no expiry", null));

    @Test
    void anOpenEndedVerdictSaysThereIsNoEndDate() {
        Verdict verdict = new Verdict(7, "mellow-parenting", "Mellow Parenting", NeedLevel.COMPLEX, date("2026-03-16"),
                true, ALL_MET, null);

        assertEquals("You may facilitate Mellow Parenting at need level 3 (complex) on 16/03/2026, "
                + "with no end date in your records.", verdict.summary());
        assertEquals(Optional.empty(), verdict.lastQualifiedDay());
    }

    @Test
    void aNextChangeMustFlipTheVerdictOnALaterDay() {
        NextChange sameVerdict = new NextChange(date("2026-04-01"), true, List.of(Rule.DBS_CURRENT));
        NextChange notLater = new NextChange(date("2026-03-16"), false, List.of(Rule.DBS_CURRENT));

        assertThrows(IllegalArgumentException.class, () -> new Verdict(7, "mellow-parenting", "Mellow Parenting",
                NeedLevel.COMPLEX, date("2026-03-16"), true, ALL_MET, sameVerdict));
        assertThrows(IllegalArgumentException.class, () -> new Verdict(7, "mellow-parenting", "Mellow Parenting",
                NeedLevel.COMPLEX, date("2026-03-16"), true, ALL_MET, notLater));
    }

    @Test
    void aRuleThatIsNotMetHasNoValidUntil() {
        assertThrows(IllegalArgumentException.class, () -> new RuleOutcome(Rule.DBS_CURRENT, false,
                "You have no DBS check recorded", "No DBS check recorded", date("2027-01-01")));
    }
}
