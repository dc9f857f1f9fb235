package uk.facilitate.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The signed-in user, as the audit trail and the access checks see them. */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    public String name() {
        Principal principal = security == null ? null : security.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
