package uk.facilitate.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when the app is served over HTTPS
 * ({@code facilitate.secureCookies}, env {@code FACILITATE_SECURECOOKIES=true}). A setting rather than
 * detection: behind a TLS-terminating proxy the container only ever sees plain HTTP, and the cookie is
 * issued before any request could tell; off by default so {@code http://localhost} keeps working.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (ConfigProvider.getConfig().getOptionalValue("facilitate.secureCookies", Boolean.class).orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookies are marked Secure: sign-in works only over HTTPS");
        }
    }
}
