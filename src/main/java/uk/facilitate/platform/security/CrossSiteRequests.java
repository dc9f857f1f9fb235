package uk.facilitate.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops cross-site request forgery on the API. A page on another site can make a signed-in
 * browser send a form (its cookie attached), but only with a form's content types and never with
 * a custom header; so every state-changing API call must
 * <ul>
 * <li>not carry a form's body ({@code text/plain}, {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}): the API takes JSON, CSV or a certificate file (415 otherwise);</li>
 * <li>not come from another origin: a browser's {@code Origin} (or {@code Sec-Fetch-Site}) must name
 * this app, or one listed in {@code facilitate.allowedOrigins} behind a proxy (403 otherwise);</li>
 * <li>when it relies on the session cookie alone, prove it comes from this app: a same-origin
 * {@code Origin} or {@code Referer}, or an {@code X-Requested-With} header that only same-origin
 * script can add (403 otherwise).</li>
 * </ul>
 * Clients sending HTTP Basic credentials without a browser's {@code Origin} pass: they hold the
 * password, not a borrowed cookie. Pages are protected by their form's view state and the
 * {@code SameSite=Lax} session cookie.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    private Set<String> allowedOrigins = Set.of();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        allowedOrigins = ConfigProvider.getConfig().getOptionalValue("facilitate.allowedOrigins", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT).replaceFirst("/+$", "")).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = SAFE_METHODS.contains(request.getMethod()) ? null : refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        int status = refusal.startsWith("This API") ? 415 : 403;
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(jakarta.json.Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status == 415 ? "Unsupported Media Type" : "Cross-site request refused")
                .add("status", status)
                .add("detail", refusal)
                .build().toString());
    }

    /** Why the request is refused, or {@code null} when it may go on. */
    String refusal(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && FORM_TYPES.contains(mediaType(contentType))) {
            return "This API does not take " + mediaType(contentType) + ": send JSON (Content-Type: application/json),"
                    + " a CSV file (text/csv) for imports, or the certificate's own type for evidence";
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return "A change sent from another site is refused (Sec-Fetch-Site: " + fetchSite + ")";
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return isOwn(origin, request) ? null : "A change sent from another site (" + origin + ") is refused";
        }
        if (request.getHeader("Authorization") != null) {
            return null;
        }
        String referer = request.getHeader("Referer");
        if (referer != null && isOwn(originOf(referer), request)) {
            return null;
        }
        if (request.getHeader("X-Requested-With") != null) {
            return null;
        }
        return "A change signed in by the session cookie must show it comes from this app: send an Origin or"
                + " X-Requested-With header, or use HTTP Basic";
    }

    private boolean isOwn(String origin, HttpServletRequest request) {
        if (origin == null || origin.equals("null")) {
            return false;
        }
        String normalised = origin.toLowerCase(Locale.ROOT).replaceFirst("/+$", "");
        if (allowedOrigins.contains(normalised)) {
            return true;
        }
        String authority = authorityOf(normalised);
        String host = request.getHeader("X-Forwarded-Host") != null ? request.getHeader("X-Forwarded-Host")
                : request.getHeader("Host");
        return authority != null && host != null && authority.equals(withPort(host.strip().toLowerCase(Locale.ROOT),
                normalised.startsWith("https:") ? 443 : 80));
    }

    private static String authorityOf(String origin) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            return uri.getHost() + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withPort(String host, int defaultPort) {
        return host.matches(".*:\\d+$") ? host : host + ":" + defaultPort;
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? null : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
