package uk.facilitate.platform.outage;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns a page that failed because the database went away into the 503 page (the API does the same in
 * its exception mapper), and keeps requests away from the database while it is out.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OutageFilter extends HttpFilter {

    @Inject
    private DatabaseAvailability availability;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (OutageAnswers.passesThrough(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!availability.admits()) {
            OutageAnswers.unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !availability.noteFailure(e)) {
                throw e;
            }
            OutageAnswers.unavailable(request, response);
        }
    }
}
