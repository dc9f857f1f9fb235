package uk.facilitate.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of the database three times, five seconds apart, before
 * it gives up. Facilitate answers an outage itself (503 at once, and a probe once a second), so a request
 * that meets a dead database must fail at once rather than hold a thread for ten seconds or more: that
 * delay was DatabaseOutageIT's "the writers have not seen the outage within 10 s".
 */
public class DatabaseSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
