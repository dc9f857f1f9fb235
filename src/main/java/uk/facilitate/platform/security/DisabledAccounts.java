package uk.facilitate.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts an administrator has disabled while this server runs, so that a disabled person who is
 * still signed in in a browser is signed out at their next click (a new sign-in or an API call is
 * refused by {@link UserStore} anyway). In memory: one app node, and sessions do not outlive a restart.
 */
@ApplicationScoped
public class DisabledAccounts {

    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    public void disabled(String username) {
        disabled.add(username);
    }

    public void enabled(String username) {
        disabled.remove(username);
    }

    public boolean isDisabled(String username) {
        return username != null && disabled.contains(username);
    }
}
