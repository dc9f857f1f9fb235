package uk.facilitate.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.useClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fiveWrongPasswordsFromOneAddressMakeThatAddressWaitASecondThenLongerWithEachFailure() {
        fail("admin", "10.0.0.9", 5);
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("admin", "10.0.0.9"));
        throttle.failed("admin", "10.0.0.9");
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore("admin", "10.0.0.9"));
        now = now.plusSeconds(2);
        assertFalse(throttle.isBlocked("admin", "10.0.0.9"), "the wait passes by itself");
    }

    @Test
    void anAttackerFailingOnPurposeCannotLockTheAdministratorOutFromHerOwnAddress() {
        fail("admin", "203.0.113.5", 200);
        assertTrue(throttle.waitBefore("admin", "203.0.113.5").compareTo(Duration.ofMinutes(10)) > 0,
                "the attacker's address waits long");
        Duration ownWait = throttle.waitBefore("admin", "192.0.2.10");
        assertTrue(ownWait.compareTo(LoginThrottle.LONGEST_ACCOUNT_WAIT) <= 0, "the owner waits at most 30 s: " + ownWait);
    }

    @Test
    void theLongestWaitIsCapped() {
        fail("admin", "203.0.113.5", 60);
        assertEquals(LoginThrottle.LONGEST_WAIT, throttle.waitBefore("admin", "203.0.113.5"));
    }

    @Test
    void aPasswordResetLiftsTheWait() {
        fail("jade", "10.0.0.9", 12);
        assertTrue(throttle.isBlocked("jade", "10.0.0.9"));
        throttle.forget("Jade");
        assertFalse(throttle.isBlocked("jade", "10.0.0.9"));
    }

    @Test
    void sprayingManyAccountsFromOneAddressSlowsThatAddress() {
        for (int i = 0; i < 55; i++) {
            throttle.failed("user" + i, "198.51.100.7");
        }
        assertTrue(throttle.isBlocked("someone-else", "198.51.100.7"));
        assertFalse(throttle.isBlocked("someone-else", "198.51.100.8"));
    }

    @Test
    void failuresAreForgottenFifteenMinutesAfterTheLastOne() {
        fail("jade", "10.0.0.9", 8);
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("jade", "10.0.0.9");
        assertFalse(throttle.isBlocked("jade", "10.0.0.9"), "a fresh count starts");
    }
}
