package uk.facilitate.platform.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who may read {@code /metrics} (MicroProfile Metrics, which Payara serves inside the app deployed
 * at the root): a scraper sending the configured token ({@code FACILITATE_METRICS_TOKEN} as
 * {@code Authorization: Bearer …}), or an administrator with HTTP Basic. Anyone else gets a 401
 * challenge, never the sign-in page a scraper cannot use. web.xml leaves the path to this filter.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccess extends HttpFilter {

    static final String TOKEN_KEY = "facilitate.metrics.token";
    /** A shorter token is guessable; it is ignored with a warning rather than trusted. */
    static final int MINIMUM_TOKEN_LENGTH = 24;
    private static final Logger LOG = Logger.getLogger(MetricsAccess.class.getName());

    @Inject
    private SecurityContext security;

    private byte[] tokenDigest;

    @Override
    public void init() {
        Optional<String> token = ConfigProvider.getConfig().getOptionalValue(TOKEN_KEY, String.class)
                .map(String::strip).filter(t -> !t.isEmpty());
        if (token.isPresent() && token.get().length() < MINIMUM_TOKEN_LENGTH) {
            LOG.warning(() -> "FACILITATE_METRICS_TOKEN is shorter than " + MINIMUM_TOKEN_LENGTH
                    + " characters and is ignored: /metrics is open to administrators only");
            token = Optional.empty();
        }
        tokenDigest = token.map(MetricsAccess::digest).orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (startsWithScheme(authorization, "Bearer ")) {
            if (tokenMatches(tokenDigest, authorization.substring(7).strip())) {
                chain.doFilter(request, response);
            } else {
                challenge(response);
            }
            return;
        }
        UsernamePasswordCredential login = startsWithScheme(authorization, "Basic ")
                ? FacilitateAuthentication.decodeBasic(authorization.substring(6).strip()) : null;
        if (login == null) {
            challenge(response);
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        try {
            // The app's own mechanism checks the password (same identity store, same throttle).
            AuthenticationStatus status = security.authenticate(request, response,
                    AuthenticationParameters.withParams().credential(login).newAuthentication(true));
            if (status != AuthenticationStatus.SUCCESS) {
                challenge(response);
            } else if (!security.isCallerInRole(Role.ADMIN)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Metrics are for administrators");
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            // A scraper signs in on every call: keep no session for it.
            HttpSession session = request.getSession(false);
            if (!hadSession && session != null) {
                session.invalidate();
            }
        }
    }

    /** Constant-time comparison of digests, so neither the token's content nor its length leaks. */
    static boolean tokenMatches(byte[] expectedDigest, String offered) {
        return expectedDigest != null && !offered.isEmpty() && MessageDigest.isEqual(expectedDigest, digest(offered));
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean startsWithScheme(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Facilitate\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Metrics need an administrator or the metrics token");
    }
}
