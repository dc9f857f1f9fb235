package uk.facilitate.platform;

/** Someone else saved the same record first; nothing was overwritten. */
public class ConcurrentEdit extends RuntimeException {
    public ConcurrentEdit(String message) {
        super(message);
    }
}
