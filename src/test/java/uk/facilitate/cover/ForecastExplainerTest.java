package uk.facilitate.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.facilitate.qualification.Rule;
import uk.facilitate.shared.NeedLevel;

/** Falls in a forecast cell, their reasons and dates; targets; the words used. */
class ForecastExplainerTest {

    static final LocalDate NOV = LocalDate.of(2026, 11, 24);
    static final LocalDate DEC = LocalDate.of(2026, 12, 24);
    static final LocalDate JAN = LocalDate.of(2027, 1, 23);

    @Test
    void twoAccreditationsExpiringTakeSouthFromTwoToNoneOnTheDayAfterTheSecondExpires() {
        List<ForecastExplainer.Run> runs = List.of(
                new ForecastExplainer.Run(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 1), List.of(Rule.ACCREDITATION_CURRENT)),
                new ForecastExplainer.Run(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 13), List.of(Rule.ACCREDITATION_CURRENT)));

        List<ForecastExplainer.Fall> falls = ForecastExplainer.explain(List.of(NOV, DEC, JAN), new int[] {2, 0, 0}, 2, runs);

        assertEquals(1, falls.size());
        ForecastExplainer.Fall fall = falls.get(0);
        assertEquals(LocalDate.of(2026, 12, 2), fall.belowTargetOn(), "one of two is gone the day after the first expiry");
        assertEquals("2 → 0 on 02/12/2026 (target 2): two accreditations expire (hard end)", fall.describe());
        assertEquals(List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 14)), fall.reasons().get(0).firstDaysWithout());
    }

    @Test
    void aNewcomerBetweenTwoDatesDelaysTheDayTheCellFallsBelowTarget() {
        List<ForecastExplainer.Run> runs = List.of(
                new ForecastExplainer.Run(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 30), List.of(Rule.DBS_CURRENT)),
                new ForecastExplainer.Run(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 10), List.of(Rule.STAFF_ACTIVE)));

        ForecastExplainer.Fall fall = ForecastExplainer.explain(List.of(NOV, DEC), new int[] {1, 0}, 1, runs).get(0);

        assertEquals(LocalDate.of(2026, 12, 11), fall.belowTargetOn(), "the newcomer covers until she leaves");
        assertEquals(1, fall.reasons().size(), "only people counted on the first date are lapses");
        assertEquals("one DBS check due for renewal (renewal due)", fall.reasons().get(0).text());
    }

    @Test
    void aCellAlreadyBelowTargetThatDropsFurtherFallsByTheLaterDate() {
        List<ForecastExplainer.Run> runs = List.of(new ForecastExplainer.Run(LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 5), List.of(Rule.SUPERVISION_CURRENT, Rule.SAFEGUARDING_CURRENT)));

        ForecastExplainer.Fall fall = ForecastExplainer.explain(List.of(NOV, DEC), new int[] {1, 0}, 3, runs).get(0);

        assertNull(fall.belowTargetOn());
        assertEquals("1 → 0 by 24/12/2026 (target 3): one lapses as supervision falls due and safeguarding training"
                + " due for refresh (renewal due)", fall.describe());
    }

    @Test
    void risingCellsCellsAboveTargetAndCellsWithoutTargetDoNotFall() {
        assertFalse(ForecastExplainer.falls(new int[] {1, 2, 3}, 2));
        assertFalse(ForecastExplainer.falls(new int[] {5, 3, 2}, 2), "still at target");
        assertFalse(ForecastExplainer.falls(new int[] {3, 0}, null), "no target, no judgement");
        assertTrue(ForecastExplainer.falls(new int[] {3, 2, 1}, 2));
        assertEquals(2, ForecastExplainer.firstFall(new int[] {3, 3, 1}, 2), "the first date below target after a drop");
    }

    @Test
    void theMostSpecificTargetWinsThenTheCatalogueThenNone() {
        CoverTargets targets = new CoverTargets(List.of(
                new CoverTargets.Target("incredible-years", null, null, 3),
                new CoverTargets.Target("incredible-years", NeedLevel.COMPLEX, null, 4),
                new CoverTargets.Target("incredible-years", null, 7L, 5),
                new CoverTargets.Target("incredible-years", NeedLevel.COMPLEX, 7L, 6)),
                Map.of("incredible-years", 2, "triple-p", 1));

        assertEquals(6, targets.targetFor("incredible-years", NeedLevel.COMPLEX, 7L));
        assertEquals(5, targets.targetFor("incredible-years", NeedLevel.TARGETED, 7L), "the locality's own target");
        assertEquals(4, targets.targetFor("incredible-years", NeedLevel.COMPLEX, 8L));
        assertEquals(3, targets.targetFor("incredible-years", NeedLevel.TARGETED, 8L));
        assertEquals(1, targets.targetFor("triple-p", NeedLevel.UNIVERSAL, 8L), "the catalogue's facilitators per group");
        assertNull(targets.targetFor("mellow-parenting", NeedLevel.UNIVERSAL, 8L), "no number is invented");
    }

    @Test
    void statusesNeedTheNumbersNotJustAColour() {
        assertEquals(CoverStatus.RED, CoverStatus.of(1, 2, 0));
        assertEquals(CoverStatus.AMBER, CoverStatus.of(2, 2, 1));
        assertEquals(CoverStatus.GREEN, CoverStatus.of(2, 2, 0));
        assertEquals(CoverStatus.GREEN, CoverStatus.of(4, 1, 3), "three lapsing still leave the one needed");
        assertEquals(CoverStatus.AMBER, CoverStatus.of(4, 2, 3), "three lapsing leave one of the two needed");
        assertEquals(CoverStatus.NONE, CoverStatus.of(0, null, 0));
        assertEquals("Below target", CoverStatus.RED.label());
        assertEquals("one leaves post", CoverWording.lapses(List.of(Rule.STAFF_ACTIVE), 1));
        assertEquals("supervision falls due for 12", CoverWording.lapses(List.of(Rule.SUPERVISION_CURRENT), 12));
    }
}
