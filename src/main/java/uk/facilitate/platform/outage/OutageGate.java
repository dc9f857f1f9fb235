package uk.facilitate.platform.outage;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The first thing every request meets, before sign-in (which reads the database): while the database
 * is out it answers 503 at once, and a sign-in that fails because the database went away is answered
 * 503 too, instead of the container's empty 500.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class OutageGate implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Inject
    private DatabaseAvailability availability;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (OutageAnswers.passesThrough(request)) {
            return mechanism.validateRequest(request, response, context);
        }
        if (!availability.admits()) {
            return refuse(request, response);
        }
        try {
            return mechanism.validateRequest(request, response, context);
        } catch (RuntimeException e) {
            // A sign-in cut off while committing (it records the sign-in time) is safe to repeat, so it is
            // answered like the outage that almost always caused it; the next request probes the database.
            if (availability.noteFailure(e) || DatabaseFailures.isDuringCommit(e)) {
                return refuse(request, response);
            }
            throw e;
        }
    }

    /** The answer is written here; SEND_CONTINUE tells the container it is complete. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        try {
            OutageAnswers.unavailable(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
