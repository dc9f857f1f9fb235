package uk.facilitate.platform.outage;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers a client gets when the database is out: 503 with {@code Retry-After}, as problem+json
 * for the API and as a plain page for browsers (a static file: rendering a JSF page might need the
 * database), and the "outcome unknown" problem when a commit was cut off.
 */
public final class OutageAnswers {

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String UNAVAILABLE_TITLE = "Service unavailable";
    static final String UNAVAILABLE_DETAIL = "Facilitate cannot reach its database just now, so nothing was read or"
            + " saved. Please try again in a few seconds.";
    static final String UNKNOWN_TITLE = "Outcome unknown";
    static final String UNKNOWN_DETAIL = "The database stopped answering while this change was being saved, so it may"
            + " or may not have been saved. Check whether it is there before you try again, or send the same request"
            + " again with the same Idempotency-Key header, which can never save it twice.";
    private static final String PAGE = "/WEB-INF/errors/503.html";

    private OutageAnswers() {
    }

    /** Requests that never touch the database: static files, health (which reports the outage itself), OpenAPI. */
    public static boolean passesThrough(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/health") || path.startsWith("/health/") || path.startsWith("/openapi")
                || path.startsWith("/metrics");
    }

    /** Answers a servlet request with 503: problem+json for API clients, the friendly page for browsers. */
    public static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseAvailability.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body;
        if (wantsProblemJson(request)) {
            response.setContentType(PROBLEM_JSON);
            body = problem(503, UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html");
            body = page(request).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /**
     * The API's answer to a failure that was the database being unreachable, or null for any other
     * failure. A cut-off commit is 500, not 503: a 503 says the request was not acted on and may
     * simply be repeated, which here could save the change twice.
     */
    public static Response forApi(Throwable failure) {
        if (!availability().noteFailure(failure)) {
            return null;
        }
        if (DatabaseFailures.isDuringCommit(failure)) {
            return outcomeUnknown();
        }
        return unavailable();
    }

    /** 503 for the API: nothing was read or saved, try again after {@code Retry-After}. */
    static Response unavailable() {
        return Response.status(503).type(PROBLEM_JSON)
                .header("Retry-After", DatabaseAvailability.RETRY_AFTER_SECONDS)
                .entity(problem(503, UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL)).build();
    }

    static Response outcomeUnknown() {
        return Response.status(500).type(PROBLEM_JSON).entity(problem(500, UNKNOWN_TITLE, UNKNOWN_DETAIL)).build();
    }

    static String problem(int status, String title, String detail) {
        return Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail).build().toString();
    }

    private static boolean wantsProblemJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    private static String page(HttpServletRequest request) {
        try (InputStream in = request.getServletContext().getResourceAsStream(PAGE)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return html.replace("{contextPath}", request.getContextPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatabaseAvailability availability() {
        return CDI.current().select(DatabaseAvailability.class).get();
    }
}
