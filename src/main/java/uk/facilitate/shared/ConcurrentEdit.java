package uk.facilitate.shared;

/** Someone else saved the same record first; nothing was overwritten. */
public class ConcurrentEdit extends RuntimeException {

    /**
     * What a user is told when the database, not a version check of ours, finds the race (an
     * optimistic lock failure at commit): never the persistence provider's own message.
     */
    public static final String CHANGED_MEANWHILE =
            "Someone else changed this record since you opened it; reload and try again";

    public ConcurrentEdit(String message) {
        super(message);
    }
}
