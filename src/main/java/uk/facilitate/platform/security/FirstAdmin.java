package uk.facilitate.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The first administrator, created from configuration on first start when there are no users:
 * {@code FACILITATE_ADMIN_USERNAME} (default {@code admin}) and {@code FACILITATE_ADMIN_PASSWORD}.
 * There is no default password; a missing or weak one stops start-up on an external database.
 * On the embedded database the demo data provides the users instead.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private UserStore users;

    @Inject
    private Config config;

    @PostConstruct
    void createIfNoUsers() {
        long existing = em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        String username = config.getOptionalValue("facilitate.admin.username", String.class).orElse("admin").strip();
        String password = config.getOptionalValue("facilitate.admin.password", String.class).orElse(null);
        boolean embedded = config.getOptionalValue("facilitate.embeddedDatabase", Boolean.class).orElse(false);
        if (password == null) {
            if (embedded) {
                return; // the demo data set brings its own users
            }
            throw new IllegalStateException("Facilitate has no users yet. Set FACILITATE_ADMIN_PASSWORD (and optionally"
                    + " FACILITATE_ADMIN_USERNAME) to create the first administrator, then restart.");
        }
        String weakness = PasswordPolicy.weakness(username, password);
        if (weakness != null) {
            throw new IllegalStateException("FACILITATE_ADMIN_PASSWORD is too weak: " + weakness
                    + ". Choose another and restart.");
        }
        em.persist(new AppUser(username, users.hash(password), null, Set.of(Role.ADMIN)));
        LOG.info(() -> "Created the first administrator account '" + username + "' from configuration.");
    }
}
