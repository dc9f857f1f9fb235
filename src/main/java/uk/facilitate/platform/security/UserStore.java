package uk.facilitate.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks passwords against {@code app_user} with the built-in PBKDF2 hash. */
@ApplicationScoped
public class UserStore implements IdentityStore {

    @PersistenceContext(unitName = "facilitate")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<AppUser> user = find(login.getCaller());
        // Hash even when there is no such user, so the answer's timing does not tell which names exist.
        String storedHash = user.map(AppUser::getPasswordHash).orElseGet(this::unknownUserHash);
        boolean matches = passwordHash.verify(login.getPassword().getValue(), storedHash);
        if (user.isEmpty() || !user.get().isEnabled() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // A bulk update: signing in must not bump the account's version, or an administrator's edit
        // (optimistic locking) would fail whenever the person had used the app meanwhile.
        em.createNativeQuery("UPDATE app_user SET last_login_at = ? WHERE id = ?")
                .setParameter(1, Instant.now()).setParameter(2, user.get().getId()).executeUpdate();
        return new CredentialValidationResult(user.get().getUsername(), user.get().getRoles());
    }

    private volatile String unknownUserHash;

    /** A hash with the same cost as real ones, of a random password nobody knows. */
    private String unknownUserHash() {
        String hash = unknownUserHash;
        if (hash == null) {
            hash = hash(java.util.UUID.randomUUID() + "-unknown-user");
            unknownUserHash = hash;
        }
        return hash;
    }

    public Optional<AppUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        List<AppUser> users = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", username.trim()).getResultList();
        return users.stream().findFirst();
    }

    /** A PBKDF2 hash of a new password (PBKDF2-HMAC-SHA256, 20,000 iterations: HTTP Basic API calls verify on every request). */
    public String hash(String password) {
        passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "20000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        return passwordHash.generate(password.toCharArray());
    }
}
