package uk.facilitate.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.facilitate.qualification.ProgrammeRules;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/** The borough's local settings laid over the real catalogue files. */
class LocalSettingsTest {

    private static Programme programme(String id) throws IOException {
        return new CatalogueReader().read(Path.of("training-catalogue")).stream()
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static LocalSettings needLevels(Set<NeedLevel> levels, Map<NeedLevel, Integer> minimum) {
        return new LocalSettings(levels, minimum, false, null, false, false, null, "Following Appendix A");
    }

    @Test
    void aBoroughFollowingAppendixADeliversIncredibleYearsAtNeedLevel4WithTheMinimumItSets() throws IOException {
        Programme sourced = programme("incredible-years");
        LocalSettings appendixA = needLevels(EnumSet.of(NeedLevel.TARGETED, NeedLevel.COMPLEX, NeedLevel.SPECIALIST),
                Map.of(NeedLevel.COMPLEX, 6, NeedLevel.SPECIALIST, 7));

        Programme local = appendixA.applyTo(sourced);
        ProgrammeRules rules = ProgrammeRules.of(local);

        assertEquals(Set.of(NeedLevel.TARGETED, NeedLevel.COMPLEX, NeedLevel.SPECIALIST), rules.needLevels());
        assertEquals(Map.of(NeedLevel.COMPLEX, 6, NeedLevel.SPECIALIST, 7), rules.minimumProfessionalLevel());
        assertEquals("2–3", LocalSettings.describe(sourced.needLevels()), "the catalogue's own facts are untouched");
        assertEquals(sourced.sources(), local.sources());
        assertEquals(sourced.trainingPath(), local.trainingPath());
        assertEquals(sourced.accreditation(), local.accreditation(), "validity not set: as the catalogue");
    }

    @Test
    void partsLeftUnsetFollowTheCatalogueAndMinimumsOnlyApplyWhereTheProgrammeIsDelivered() throws IOException {
        Programme sourced = programme("incredible-years"); // 2–3, minimum RQF 6 at level 3
        Programme narrowed = needLevels(EnumSet.of(NeedLevel.TARGETED), null).applyTo(sourced);

        assertEquals(Set.of(NeedLevel.TARGETED), narrowed.needLevels());
        assertTrue(narrowed.minimumProfessionalLevel().isEmpty(), "level 3's minimum no longer means anything");

        Programme noMinimum = needLevels(null, Map.of()).applyTo(sourced);
        assertEquals(sourced.needLevels(), noMinimum.needLevels());
        assertTrue(noMinimum.minimumProfessionalLevel().isEmpty(), "an empty map removes the minimum");
    }

    @Test
    void validityAndSupervisionReplaceTheCatalogueRulesOnlyWhenSet() throws IOException {
        Programme mellow = programme("mellow-parenting"); // supervision required, no interval in any source
        LocalSettings threeYearsEvery60Days = new LocalSettings(null, null, true, 36, true, true, 60, "Local policy");

        ProgrammeRules rules = ProgrammeRules.of(threeYearsEvery60Days.applyTo(mellow));

        assertEquals(36, rules.accreditationValidityMonths());
        assertEquals(60, rules.supervisionMaxIntervalDays());
        assertEquals(mellow.supervision().kinds(), rules.supervisionKinds(), "the kinds that count stay the catalogue's");

        ProgrammeRules noSupervision = ProgrammeRules.of(
                new LocalSettings(null, null, true, null, true, false, null, "Not asked here").applyTo(mellow));
        assertNull(noSupervision.accreditationValidityMonths(), "set to no expiry");
        assertNull(noSupervision.supervisionMaxIntervalDays());
        assertEquals(Set.<SupervisionKind>of(), noSupervision.supervisionKinds());
    }

    @Test
    void invalidSettingsAreRefusedFieldByField() throws IOException {
        Programme sourced = programme("incredible-years");
        LocalSettings wrong = new LocalSettings(EnumSet.of(NeedLevel.TARGETED), Map.of(NeedLevel.SPECIALIST, 9),
                true, 0, true, false, 30, " ");

        List<String> fields = wrong.problems(sourced).stream().map(InvalidInput.Problem::field).toList();

        assertEquals(List.of("minimumLevel4", "validityMonths", "supervisionMaxIntervalDays", "reason"), fields);
        assertTrue(needLevels(null, Map.of(NeedLevel.COMPLEX, 7)).problems(sourced).isEmpty());
        assertFalse(needLevels(null, null).overridesAnything());
    }

    @Test
    void aCourseHasNoLocalRules() throws IOException {
        Programme induction = programme("childrens-services-induction");

        assertEquals("programmeId", needLevels(EnumSet.of(NeedLevel.UNIVERSAL), null).problems(induction).get(0).field());
    }

    @Test
    void storedTextRoundTripsAndNeedLevelsReadAsRanges() {
        Set<NeedLevel> levels = EnumSet.of(NeedLevel.TARGETED, NeedLevel.COMPLEX, NeedLevel.SPECIALIST);
        Map<NeedLevel, Integer> minimum = Map.of(NeedLevel.SPECIALIST, 7, NeedLevel.COMPLEX, 6);

        assertEquals("2,3,4", LocalSettings.levelsText(levels));
        assertEquals(levels, LocalSettings.parseLevels("2,3,4"));
        assertEquals("3:6,4:7", LocalSettings.minimumsText(minimum));
        assertEquals(minimum, LocalSettings.parseMinimums("3:6,4:7"));
        assertEquals(Set.of(), LocalSettings.parseLevels(""));
        assertNull(LocalSettings.parseLevels(null));
        assertEquals("2–4", LocalSettings.describe(levels));
        assertEquals("1, 3", LocalSettings.describe(EnumSet.of(NeedLevel.UNIVERSAL, NeedLevel.COMPLEX)));
        assertEquals("none", LocalSettings.describe(Set.<NeedLevel>of()));
        assertEquals("need level 3: RQF 6; need level 4: RQF 7", LocalSettings.describe(minimum));
    }
}
