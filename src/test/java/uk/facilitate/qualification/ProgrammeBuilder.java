package uk.facilitate.qualification;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.facilitate.shared.NeedLevel;
import uk.facilitate.shared.SupervisionKind;

/** Builds programme rules for tests; starts with no expiry, no supervision and every need level. */
final class ProgrammeBuilder {

    private final String id;
    private final String name;
    private final Set<NeedLevel> levels = EnumSet.allOf(NeedLevel.class);
    private final Map<NeedLevel, Integer> minimumLevels = new EnumMap<>(NeedLevel.class);
    private Integer validityMonths;
    private boolean provisional;
    private Integer supervisionDays;
    private final Set<SupervisionKind> kinds = EnumSet.noneOf(SupervisionKind.class);

    private ProgrammeBuilder(String id, String name) {
        this.id = id;
        this.name = name;
    }

    static ProgrammeBuilder programme(String id, String name) {
        return new ProgrammeBuilder(id, name);
    }

    ProgrammeBuilder servingLevels(NeedLevel... served) {
        levels.clear();
        levels.addAll(Set.of(served));
        return this;
    }

    ProgrammeBuilder minimumProfessionalLevel(NeedLevel at, int level) {
        minimumLevels.put(at, level);
        return this;
    }

    ProgrammeBuilder accreditationValidForMonths(Integer months) {
        this.validityMonths = months;
        return this;
    }

    ProgrammeBuilder provisionalDeliveryWhenTrained() {
        this.provisional = true;
        return this;
    }

    ProgrammeBuilder supervisionAtLeastEvery(int days, SupervisionKind... counted) {
        this.supervisionDays = days;
        kinds.addAll(Set.of(counted));
        return this;
    }

    ProgrammeRules build() {
        return new ProgrammeRules(id, name, levels, minimumLevels, validityMonths, provisional, supervisionDays, kinds);
    }
}
