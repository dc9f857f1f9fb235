package uk.facilitate.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, so one request's lines can be found in the log: the caller's
 * {@code X-Request-Id} when it is sane (a proxy's id ties both logs together), else a new one. The id
 * goes back in the {@code X-Request-Id} response header and, while the request runs, into the
 * name of the thread serving it, which Payara prints with every log record ({@code _ThreadName=…
 * req=…}); JUL has no per-request context of its own.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIds extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    /** Letters, digits and a few separators, at most 64: nothing that could forge or break a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CURRENT.get() != null) { // a forward or error dispatch of a request that already has one
            chain.doFilter(request, response);
            return;
        }
        String id = assign(request, response);
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        CURRENT.set(id);
        thread.setName(name + " req=" + id);
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setName(name);
            CURRENT.remove();
        }
    }

    /** The id of the request this thread is serving, or {@code null} outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /**
     * The request's id, chosen on the first call and put in the response header; also called by the
     * authentication step, whose redirects and challenges are answered before this filter runs.
     */
    public static String assign(HttpServletRequest request, HttpServletResponse response) {
        Object assigned = request.getAttribute(ATTRIBUTE);
        String id = assigned instanceof String known ? known : idFor(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        return id;
    }

    /** The caller's id when it is sane, else a new random one. */
    static String idFor(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
