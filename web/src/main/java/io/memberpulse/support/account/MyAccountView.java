package io.memberpulse.support.account;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.boundary.Passwords;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.security.BearerOrSessionMechanism;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** "My account", for staff and members: their own name, and their password (which ends their other sessions). */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Passwords passwords;

    private String name;
    private String currentPassword;
    private String newPassword;
    private String repeat;

    @PostConstruct
    void load() {
        name = accounts.me().account().displayName();
    }

    public void saveName() {
        try {
            name = accounts.renameMe(name).displayName();
            Messages.info("Name saved", null);
        } catch (RuleViolation refused) {
            Messages.field("name:display", refused.getMessage());
        }
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeat)) {
            Messages.field("password:repeat", "The two new passwords are not the same.");
            return;
        }
        try {
            int epoch = passwords.change(currentPassword, newPassword);
            BearerOrSessionMechanism.renewSession((HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest(), epoch);
            currentPassword = null;
            newPassword = null;
            repeat = null;
            Messages.info("Password changed", "You have been signed out everywhere else.");
        } catch (RuleViolation refused) {
            Messages.field("currentPassword".equals(refused.field()) ? "password:current" : "password:new",
                    refused.getMessage());
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
