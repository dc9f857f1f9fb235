package uk.facilitate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import uk.facilitate.platform.security.FacilitateAuthentication;
import org.omnifaces.util.Messages;

/** The sign-in form. A new session id is issued on success (no session fixation). */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @NotBlank(message = "Enter your user name")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            default -> {
                response.setStatus(200); // the mechanism set 401; the page itself renders normally
                Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        request.getAttribute(FacilitateAuthentication.THROTTLED) instanceof java.time.Duration wait
                                ? "Too many failed attempts: please wait " + waitInWords(wait) + " before trying again."
                                : "Sign-in failed: the user name or password was not recognised.", null));
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = Faces.getRequest();
        request.logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    static String waitInWords(java.time.Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** Only a path inside the app: never redirect to another site after sign-in. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
