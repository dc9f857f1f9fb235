package uk.facilitate.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.AuditLog;
import uk.facilitate.platform.security.AppUser;
import uk.facilitate.platform.security.DisabledAccounts;
import uk.facilitate.platform.security.LoginThrottle;
import uk.facilitate.platform.security.PasswordPolicy;
import uk.facilitate.platform.security.Role;
import uk.facilitate.platform.security.UserAccount;
import uk.facilitate.platform.security.UserStore;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;
import uk.facilitate.staff.StaffMember;

/**
 * Administrators manage sign-in accounts: list them, create them (linked to a staff record),
 * change roles, disable and enable them and reset passwords. Every change is audited; an
 * administrator may not disable their own account or take away their own administrator role.
 */
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

    @Inject
    private DisabledAccounts disabledAccounts;

    @Inject
    private LoginThrottle throttle;

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
        checkRoles(roles, problems);
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

    /** Accounts whose user name contains {@code text} (all when blank), by user name, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> list(String text, int first, int max) {
        access.requireAdmin("manage user accounts");
        List<Object[]> rows = em.createQuery("SELECT u.id, u.username, u.staffId, u.enabled, u.lastLoginAt, u.version"
                        + " FROM AppUser u WHERE LOWER(u.username) LIKE :text ORDER BY u.username", Object[].class)
                .setParameter("text", like(text)).setFirstResult(first).setMaxResults(max).getResultList();
        return accounts(rows);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text) {
        access.requireAdmin("manage user accounts");
        return em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE LOWER(u.username) LIKE :text", Long.class)
                .setParameter("text", like(text)).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount find(long userId) {
        access.requireAdmin("manage user accounts");
        return account(require(userId));
    }

    /** Replaces the account's roles; {@code expectedVersion} is the version the administrator saw. */
    public UserAccount changeRoles(long userId, Set<String> roles, long expectedVersion) {
        access.requireAdmin("manage user accounts");
        AppUser user = require(userId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        checkRoles(roles, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (isSelf(user) && !roles.contains(Role.ADMIN)) {
            throw new Forbidden("You cannot take away your own administrator role; ask another administrator");
        }
        checkVersion(user, expectedVersion);
        Set<String> before = user.getRoles();
        user.changeRoles(roles);
        em.flush();
        audit.record("USER_ROLES_CHANGED", "AppUser", userId, user.getUsername() + ": " + sorted(before) + " -> " + sorted(roles));
        return account(user);
    }

    /** Stops (or allows again) the account signing in; a signed-in browser session ends at its next request. */
    public UserAccount setEnabled(long userId, boolean enabled) {
        access.requireAdmin("manage user accounts");
        AppUser user = require(userId);
        if (!enabled && isSelf(user)) {
            throw new Forbidden("You cannot disable your own account; ask another administrator");
        }
        if (user.isEnabled() != enabled) {
            user.enable(enabled);
            em.flush();
            audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "AppUser", userId, user.getUsername());
        }
        if (enabled) {
            disabledAccounts.enabled(user.getUsername());
        } else {
            disabledAccounts.disabled(user.getUsername());
        }
        return account(user);
    }

    /** Sets a new password (the administrator tells the person it); the audit trail never holds it. */
    public UserAccount resetPassword(long userId, String newPassword) {
        access.requireAdmin("manage user accounts");
        AppUser user = require(userId);
        String weakness = PasswordPolicy.weakness(user.getUsername(), newPassword);
        if (weakness != null) {
            throw InvalidInput.of("password", "Password is too weak: " + weakness);
        }
        user.changePasswordHash(users.hash(newPassword));
        em.flush();
        throttle.forget(user.getUsername()); // a reset lifts any wait on sign-in
        audit.record("USER_PASSWORD_RESET", "AppUser", userId, user.getUsername());
        return account(user);
    }

    private AppUser require(long userId) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            throw new NotFound("No user account with id " + userId);
        }
        return user;
    }

    private boolean isSelf(AppUser user) {
        return access.user().map(me -> me.getId().equals(user.getId())).orElse(false);
    }

    private static void checkVersion(AppUser user, long expectedVersion) {
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Someone else changed the account " + user.getUsername()
                    + " since you opened it; reload to see their change, then try again");
        }
    }

    private static void checkRoles(Set<String> roles, List<InvalidInput.Problem> problems) {
        if (roles == null || roles.isEmpty() || !Role.ALL.containsAll(roles)) {
            problems.add(new InvalidInput.Problem("roles", "Choose one or more of " + String.join(", ", Role.ALL)));
        }
    }

    private UserAccount account(AppUser user) {
        return accounts(List.<Object[]>of(new Object[] {user.getId(), user.getUsername(), user.getStaffId(),
                user.isEnabled(), user.getLastLoginAt(), user.getVersion()})).get(0);
    }

    /** Accounts from their rows, with roles and staff names loaded for all of them in two queries. */
    private List<UserAccount> accounts(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> roles = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT u.id, r FROM AppUser u JOIN u.roles r WHERE u.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            roles.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        List<Long> staffIds = rows.stream().map(r -> (Long) r[2]).filter(java.util.Objects::nonNull).toList();
        Map<Long, String> names = new HashMap<>();
        if (!staffIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT s.id, s.givenName, s.familyName, s.employeeRef FROM StaffMember s"
                    + " WHERE s.id IN :ids", Object[].class).setParameter("ids", staffIds).getResultList()) {
                names.put((Long) r[0], r[1] + " " + r[2] + " (" + r[3] + ")");
            }
        }
        return rows.stream().map(r -> new UserAccount((Long) r[0], (String) r[1], sorted(roles.getOrDefault((Long) r[0], List.of())),
                (Long) r[2], r[2] == null ? null : names.get((Long) r[2]), (Boolean) r[3], (java.time.Instant) r[4],
                ((Number) r[5]).longValue())).toList();
    }

    private static List<String> sorted(java.util.Collection<String> roles) {
        return Role.ALL.stream().filter(roles::contains).toList();
    }

    private static String like(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
    }
}
