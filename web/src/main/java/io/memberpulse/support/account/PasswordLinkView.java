package io.memberpulse.support.account;

import io.memberpulse.support.accounts.boundary.Passwords;
import io.memberpulse.support.accounts.boundary.Passwords.LinkHolder;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page an invitation or reset link opens: who it is for, and the new password twice. A link that expired or
 * was used says so and offers nothing to type.
 */
@Named
@ViewScoped
public class PasswordLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Passwords passwords;

    private String token;
    private LinkHolder holder;
    private String password;
    private String repeat;
    private String clientSlug;

    public void open() {
        if (holder != null || clientSlug != null) {
            return;
        }
        try {
            holder = passwords.holderOf(token);
        } catch (RuleViolation unusable) {
            message(FacesMessage.SEVERITY_WARN, unusable.getMessage());
        }
    }

    public void save() {
        if (password == null || !password.equals(repeat)) {
            Messages.field("password:repeat", "The two passwords are not the same.");
            return;
        }
        try {
            clientSlug = passwords.setWithLink(token, password).slug();
            holder = null;
            message(FacesMessage.SEVERITY_INFO, "Your password is set. Sign in with it now.");
        } catch (RuleViolation refused) {
            if ("password".equals(refused.field())) {
                Messages.field("password:new", refused.getMessage());
            } else {
                holder = null;
                message(FacesMessage.SEVERITY_WARN, refused.getMessage());
            }
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }

    public boolean isUsable() {
        return holder != null;
    }

    public boolean isDone() {
        return clientSlug != null;
    }

    public LinkHolder getHolder() {
        return holder;
    }

    public String getClientSlug() {
        return clientSlug;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
