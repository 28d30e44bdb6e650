package io.memberpulse.support.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.accounts.entity.SignIn;
import io.memberpulse.support.pages.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sign-in page: one message for a wrong e-mail or password, another for a temporarily locked account. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    LoginAttempt attempt;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "memberpulse.default-client")
    Optional<String> defaultClient;

    private String client;
    private String email;
    private String password;
    private String next;
    private String sso;

    /** Back from the organisation's provider without a sign-in here: say why. */
    public void explainSingleSignOn() {
        if ("refused".equals(sso)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Your organisation's sign-in "
                    + "worked, but it does not name an account of this service for you. Ask your administrator.", ""));
        } else if ("failed".equals(sso)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Your organisation's sign-in could "
                    + "not be reached or did not finish. Try again, or sign in with a password.", ""));
        }
    }

    public String getSso() {
        return sso;
    }

    public void setSso(String sso) {
        this.sso = sso;
    }

    public void login() throws IOException, ServletException {
        var external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new TenantCredential(client, email, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                if (security.isCallerInRole(Role.OPERATOR)) {
                    // operators manage clients through the API; the pages are a client's
                    currentUser.logout();
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Platform operators work "
                            + "through the API (/api/platform/clients): sign in there for a token.", null));
                    return;
                }
                external.redirect(request.getContextPath() + target());
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                response.setStatus(HttpServletResponse.SC_OK);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(), null));
            }
        }
    }

    private String refusal() {
        SignIn outcome = attempt.outcome();
        if (outcome != null && outcome.outcome() == SignIn.Outcome.DEACTIVATED) {
            return "This account has been deactivated. Ask an administrator of your organisation.";
        }
        if (outcome != null && outcome.outcome() == SignIn.Outcome.SUSPENDED) {
            return "Your organisation's access to MemberPulse Support is suspended.";
        }
        if (outcome != null && outcome.outcome() == SignIn.Outcome.LOCKED) {
            return "Too many failed attempts: sign-in is locked until "
                    + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(outcome.lockedUntil())
                    + ". Try again then.";
        }
        return "Wrong e-mail or password.";
    }

    private String target() {
        return safeTarget(next, currentUser.getHome().replace("/index", "/"));
    }

    /** Only a path on this site: an absolute or protocol-relative URL would make sign-in an open redirect. */
    static String safeTarget(String next, String fallback) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.startsWith("/login")) {
            return next;
        }
        return fallback;
    }

    public String getClient() {
        return client == null ? defaultClient.orElse(null) : client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
