package uk.facilitate.platform.security;

/** The four kinds of user. Constants, because annotations and web.xml need compile-time names. */
public final class Role {
    public static final String ADMIN = "ADMIN";
    public static final String WORKFORCE_MANAGER = "WORKFORCE_MANAGER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String STAFF = "STAFF";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, WORKFORCE_MANAGER, COORDINATOR, STAFF);

    private Role() {
    }

    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case WORKFORCE_MANAGER -> "Workforce development manager";
            case COORDINATOR -> "Programme coordinator";
            case STAFF -> "Staff";
            default -> role;
        };
    }
}
