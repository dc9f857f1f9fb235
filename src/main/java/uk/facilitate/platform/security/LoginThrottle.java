package uk.facilitate.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing with progressive delays (NIST SP 800-63B 5.2.2) instead of locking
 * accounts, so nobody can lock an administrator out by failing on purpose:
 * <ul>
 * <li>one account from one address: {@value #FREE_PER_PAIR} free failures, then a wait that doubles
 * from one second with each further failure, up to {@link #LONGEST_WAIT};</li>
 * <li>one account from anywhere: the same after {@value #FREE_PER_ACCOUNT} failures, but never more than
 * {@link #LONGEST_ACCOUNT_WAIT}, so the owner from their own address always gets in soon;</li>
 * <li>one address against any accounts: after {@value #FREE_PER_ADDRESS} failures, up to
 * {@link #LONGEST_WAIT} (password spraying).</li>
 * </ul>
 * Failures are forgotten {@link #WINDOW} after the last one, on success, and when an administrator
 * resets the password. In memory: one app node.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_PER_PAIR = 5;
    static final int FREE_PER_ACCOUNT = 20;
    static final int FREE_PER_ADDRESS = 50;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration LONGEST_ACCOUNT_WAIT = Duration.ofSeconds(30);
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;

    /** Failures counted under one key, and when the last one happened. */
    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byPair = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** How long this account must wait before trying again from this address; zero when it may try now. */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = remaining(byPair.get(pair(username, address)), FREE_PER_PAIR, LONGEST_WAIT, now);
        wait = longer(wait, remaining(byAccount.get(account(username)), FREE_PER_ACCOUNT, LONGEST_ACCOUNT_WAIT, now));
        return longer(wait, remaining(byAddress.get(address(address)), FREE_PER_ADDRESS, LONGEST_WAIT, now));
    }

    public boolean isBlocked(String username, String address) {
        return !waitBefore(username, address).isZero();
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (byPair.size() > MAX_ENTRIES || byAddress.size() > MAX_ENTRIES || byAccount.size() > MAX_ENTRIES) {
            forgetOlderThan(now.minus(WINDOW));
        }
        count(byPair, pair(username, address), now);
        count(byAccount, account(username), now);
        count(byAddress, address(address), now);
    }

    /** A correct password: this account's failures no longer count, from any address. */
    public void succeeded(String username, String address) {
        forget(username);
    }

    /** An administrator set a new password: lift any wait on the account. */
    public void forget(String username) {
        String account = account(username);
        byAccount.remove(account);
        byPair.keySet().removeIf(key -> key.startsWith(account + "\n"));
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    private void count(Map<String, Failures> failures, String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, one) -> expired(old, now)
                ? one : new Failures(old.count() + 1, now));
    }

    private static Duration remaining(Failures failures, int free, Duration longest, Instant now) {
        if (failures == null || failures.count() < free || expired(failures, now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 30);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        Duration left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean expired(Failures failures, Instant now) {
        return failures.last().isBefore(now.minus(WINDOW));
    }

    private void forgetOlderThan(Instant cutoff) {
        for (Map<String, Failures> failures : java.util.List.of(byPair, byAccount, byAddress)) {
            failures.values().removeIf(f -> f.last().isBefore(cutoff));
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String account(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String pair(String username, String address) {
        return account(username) + "\n" + address(address);
    }
}
