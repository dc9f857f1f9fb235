package uk.facilitate.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Announced (a CDI event) by whatever changes people's records: their accreditations, supervision,
 * checks, localities or employment. Observers run in the announcer's transaction, so what they derive
 * (the qualification index) commits or rolls back with the change.
 */
public record RecordsChanged(Set<Long> staffIds) {

    public RecordsChanged {
        staffIds = Set.copyOf(staffIds);
    }

    public static RecordsChanged of(long staffId) {
        return new RecordsChanged(Set.of(staffId));
    }

    public static RecordsChanged of(Collection<Long> staffIds) {
        return new RecordsChanged(Set.copyOf(staffIds));
    }

    /** The people, in id order (deterministic work in chunks). */
    public List<Long> inOrder() {
        return staffIds.stream().sorted().toList();
    }
}
