package uk.facilitate.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both kinds of client: pages sign in through the login form (the session
 * then remembers the user), API clients send HTTP Basic credentials with each request. Both go
 * through the same throttle and the same identity store.
 */
@ApplicationScoped
@AutoApplySession
public class FacilitateAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (formCredential instanceof UsernamePasswordCredential login) {
            return authenticate(login, request, context);
        }
        if (isApi(request)) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                UsernamePasswordCredential login = decodeBasic(header.substring(6).trim());
                if (login == null) {
                    return challenge(context);
                }
                AuthenticationStatus status = authenticate(login, request, context);
                return status == AuthenticationStatus.SUCCESS ? status : challenge(context);
            }
            return context.isProtected() ? challenge(context) : context.doNothing();
        }
        if (context.isProtected()) {
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * Checks the credential. A failure does not answer the request itself: the sign-in page shows
     * its own message, and an API call gets a Basic challenge.
     */
    private AuthenticationStatus authenticate(UsernamePasswordCredential login, HttpServletRequest request,
                                              HttpMessageContext context) {
        String address = request.getRemoteAddr();
        if (throttle.isBlocked(login.getCaller(), address)) {
            request.setAttribute("facilitate.loginThrottled", Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login.getCaller(), address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(login.getCaller());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"Facilitate\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
