package uk.facilitate.platform.security;

import java.time.Instant;
import java.util.List;

/**
 * A sign-in account as administrators see it: roles, the staff member it belongs to, whether it
 * may sign in, and when it last did. A JavaBean so pages (EL) and the API (JSON) read it alike.
 */
public class UserAccount {

    private final long id;
    private final String username;
    private final List<String> roles;
    private final Long staffId;
    private final String staffName;
    private final boolean enabled;
    private final Instant lastLoginAt;
    private final long version;

    public UserAccount(long id, String username, List<String> roles, Long staffId, String staffName, boolean enabled,
                       Instant lastLoginAt, long version) {
        this.id = id;
        this.username = username;
        this.roles = List.copyOf(roles);
        this.staffId = staffId;
        this.staffName = staffName;
        this.enabled = enabled;
        this.lastLoginAt = lastLoginAt;
        this.version = version;
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** Role names in the order of {@link Role#ALL}. */
    public List<String> getRoles() {
        return roles;
    }

    /** "Administrator, Workforce development manager". */
    public String getRoleLabels() {
        return String.join(", ", roles.stream().map(Role::label).toList());
    }

    public Long getStaffId() {
        return staffId;
    }

    /** "Jade Bennett (WBC10234)", or {@code null} for an account not linked to a staff record. */
    public String getStaffName() {
        return staffName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
