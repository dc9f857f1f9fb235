package uk.facilitate.platform.security;

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
import uk.facilitate.platform.RequestIds;

/**
 * The security headers and the request id on the container's own answers: authentication runs
 * before the servlet filters, so its redirect to the sign-in page and its 401 Basic challenge would
 * otherwise go out without them. Decorates whichever authentication mechanism the app has.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ChallengeHeaders implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        RequestIds.assign(request, response);
        return mechanism.validateRequest(request, response, context);
    }
}
