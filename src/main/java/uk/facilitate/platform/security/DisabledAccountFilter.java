package uk.facilitate.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/** Ends the session of someone whose account was disabled while they were signed in. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DisabledAccountFilter extends HttpFilter {

    @Inject
    private DisabledAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && accounts.isDisabled(principal.getName())) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "This account has been disabled");
            } else {
                response.sendRedirect(request.getContextPath() + FacilitateAuthentication.LOGIN_PAGE + "?disabled=true");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
