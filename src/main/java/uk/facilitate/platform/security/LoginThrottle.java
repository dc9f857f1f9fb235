package uk.facilitate.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins within
 * {@link #WINDOW} for one account, or {@value #MAX_FAILURES_PER_ADDRESS} from one address,
 * further attempts are refused until the window has passed. In memory: one app node.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    public boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return recent(byAccount, key(username), now) >= MAX_FAILURES
                || recent(byAddress, address, now) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        byAccount.computeIfAbsent(key(username), k -> new ArrayDeque<>()).addLast(now);
        byAddress.computeIfAbsent(address, k -> new ArrayDeque<>()).addLast(now);
    }

    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
