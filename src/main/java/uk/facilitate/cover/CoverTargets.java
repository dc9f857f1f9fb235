package uk.facilitate.cover;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.facilitate.shared.NeedLevel;

/**
 * Resolves the target of a cell from the targets a manager set and the catalogue's facilitators per
 * group. The most specific target wins: one for the need level in the locality, then one for the
 * locality (every level), then one for the need level (every locality), then one for the whole
 * programme, then the catalogue's number. A locality's own target outranks a borough-wide level
 * target because it reflects how many groups that locality runs. Without any, there is no target.
 */
public final class CoverTargets {

    /** A target as set: {@code needLevel} and {@code localityId} {@code null} mean "every". */
    public record Target(String programmeId, NeedLevel needLevel, Long localityId, int count) {
        public Target {
            Objects.requireNonNull(programmeId, "programmeId");
        }
    }

    private record Scope(String programmeId, NeedLevel needLevel, Long localityId) {
    }

    private final Map<Scope, Integer> set = new HashMap<>();
    private final Map<String, Integer> catalogueDefaults;

    /** @param catalogueDefaults facilitators per group by programme id, for programmes whose catalogue entry gives it */
    public CoverTargets(List<Target> targets, Map<String, Integer> catalogueDefaults) {
        targets.forEach(t -> set.put(new Scope(t.programmeId(), t.needLevel(), t.localityId()), t.count()));
        this.catalogueDefaults = Map.copyOf(catalogueDefaults);
    }

    /** The target for a cell, or {@code null} when nothing sets one. */
    public Integer targetFor(String programmeId, NeedLevel level, Long localityId) {
        if (!set.isEmpty()) {
            Integer found = set.get(new Scope(programmeId, level, localityId));
            if (found == null && localityId != null) {
                found = set.get(new Scope(programmeId, null, localityId));
            }
            if (found == null) {
                found = set.get(new Scope(programmeId, level, null));
            }
            if (found == null) {
                found = set.get(new Scope(programmeId, null, null));
            }
            if (found != null) {
                return found;
            }
        }
        return catalogueDefaults.get(programmeId);
    }
}
