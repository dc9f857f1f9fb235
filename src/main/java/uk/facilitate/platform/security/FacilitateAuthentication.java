package uk.facilitate.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for both kinds of client: pages sign in through the login form (the session
 * then remembers the user), API clients send HTTP Basic credentials with each request and get no
 * session. Both go through the same throttle and the same identity store.
 *
 * <p>The session remembers the caller's name <em>and roles</em>, and each request hands both to the
 * container. Jakarta Security's {@code @AutoApplySession} hands over the name only; Payara then
 * looks the roles up in the thread's current security context, which an anonymous request served
 * on the same thread had reset, so signed-in users got 403 at random while anonymous requests
 * arrived (SecurityIT reproduces it).
 */
@ApplicationScoped
public class FacilitateAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute holding the {@link SignedIn} caller after a form sign-in. */
    static final String SIGNED_IN = "facilitate.signedIn";
    /** Request attribute: how long a throttled sign-in must wait (a {@link java.time.Duration}). */
    public static final String THROTTLED = "facilitate.loginThrottled";

    /** Who signed in through the form, kept in their session (small and serializable). */
    record SignedIn(String name, Set<String> roles) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (formCredential instanceof UsernamePasswordCredential login) {
            return authenticate(login, request, context, true);
        }
        if (isApi(request)) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                UsernamePasswordCredential login = decodeBasic(header.substring(6).trim());
                if (login == null) {
                    return challenge(context);
                }
                AuthenticationStatus status = authenticate(login, request, context, false);
                if (request.getAttribute(THROTTLED) instanceof java.time.Duration wait) {
                    return tooManyAttempts(context, wait);
                }
                return status == AuthenticationStatus.SUCCESS ? status : challenge(context);
            }
        }
        SignedIn signedIn = signedIn(request);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.name()), signedIn.roles());
        }
        if (isApi(request)) {
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
                                              HttpMessageContext context, boolean remember) {
        String address = request.getRemoteAddr();
        java.time.Duration wait = throttle.waitBefore(login.getCaller(), address);
        if (!wait.isZero()) {
            request.setAttribute(THROTTLED, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login.getCaller(), address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(login.getCaller(), address);
        if (remember) {
            request.getSession(true).setAttribute(SIGNED_IN,
                    new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (session.getAttribute(SIGNED_IN) instanceof SignedIn s ? s : null);
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"Facilitate\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** 429 with Retry-After, committed at once so the container cannot turn it into a 401 page. */
    private static AuthenticationStatus tooManyAttempts(HttpMessageContext context, java.time.Duration wait) {
        HttpServletResponse response = context.getResponse();
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(jakarta.json.Json.createObjectBuilder()
                    .add("type", "about:blank").add("title", "Too Many Requests").add("status", 429)
                    .add("detail", "Too many failed sign-in attempts for this account from here: wait " + seconds
                            + (seconds == 1 ? " second" : " seconds") + " before trying again")
                    .build().toString());
            response.flushBuffer();
        } catch (java.io.IOException e) {
            // the client has gone; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The user name and password of an HTTP Basic header's value, or {@code null} if it is not one. */
    static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
