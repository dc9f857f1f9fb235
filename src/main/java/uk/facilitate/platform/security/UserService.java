package uk.facilitate.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.InvalidInput;
import uk.facilitate.staff.StaffMember;

/** Administrators manage sign-in accounts. */
@ApplicationScoped
@Transactional
public class UserService {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private UserStore users;

    @Inject
    private AuditLog audit;

    public AppUser create(String username, String password, Long staffId, Set<String> roles) {
        access.requireAdmin("manage user accounts");
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{3,100}")) {
            problems.add(new InvalidInput.Problem("username", "User name: 3 to 100 letters, digits or . _ @ -"));
        } else if (users.find(username).isPresent()) {
            problems.add(new InvalidInput.Problem("username", "User name '" + username.strip() + "' is taken"));
        }
        String weakness = PasswordPolicy.weakness(username, password);
        if (weakness != null) {
            problems.add(new InvalidInput.Problem("password", "Password is too weak: " + weakness));
        }
        if (roles == null || roles.isEmpty() || !Role.ALL.containsAll(roles)) {
            problems.add(new InvalidInput.Problem("roles", "Choose one or more of " + String.join(", ", Role.ALL)));
        }
        if (staffId != null) {
            if (em.find(StaffMember.class, staffId) == null) {
                problems.add(new InvalidInput.Problem("staffId", "No staff member with id " + staffId));
            } else if (!em.createQuery("SELECT u.id FROM AppUser u WHERE u.staffId = :s", Long.class)
                    .setParameter("s", staffId).getResultList().isEmpty()) {
                problems.add(new InvalidInput.Problem("staffId", "That staff member already has an account"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AppUser user = new AppUser(username.strip(), users.hash(password), staffId, roles);
        em.persist(user);
        em.flush();
        audit.record("USER_CREATED", "AppUser", user.getId(), user.getUsername() + " " + roles);
        return user;
    }
}
