package uk.facilitate.testing;

/**
 * The tag of ITs that start, kill and time their own database and app processes (outages, restarts).
 * Failsafe runs them first, in a JVM of their own, before the shared apps ({@link SharedApp}) start, so
 * their timings are not taken on a machine already busy with two idle app servers.
 */
public final class OwnProcesses {

    public static final String TAG = "own-processes";

    private OwnProcesses() {
    }
}
