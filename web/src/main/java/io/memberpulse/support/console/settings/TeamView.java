package io.memberpulse.support.console.settings;

import io.memberpulse.support.accounts.boundary.AccountChanges;
import io.memberpulse.support.accounts.boundary.AccountChanges.Change;
import io.memberpulse.support.accounts.boundary.AccountChanges.Invitation;
import io.memberpulse.support.accounts.boundary.AccountChanges.NewPerson;
import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.control.MemberList;
import io.memberpulse.support.accounts.control.PasswordLinks.Link;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.pages.Labels;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Settings → Team: the client's staff with their role, state and last sign-in; invite someone (the set-password
 * link is shown here once); change a role, deactivate, reactivate, send a new password link; import members.
 */
@Named
@ViewScoped
public class TeamView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What a member list may weigh: 20 000 rows of a few fields. */
    private static final long MAX_LIST_BYTES = 5L * 1024 * 1024;

    @Inject
    transient Accounts accounts;

    @Inject
    transient AccountChanges changes;

    @Inject
    transient Labels labels;

    private transient List<Account> staff;
    private String email;
    private String name;
    private String role = Role.ROLE_CLIENT_USER.name();
    private String link;
    private String linkFor;
    private String linkExpires;
    private transient Part memberList;
    private MemberList.Report report;

    public List<Account> getStaff() {
        if (staff == null) {
            staff = accounts.staff();
        }
        return staff;
    }

    public void invite() {
        try {
            Invitation invitation = changes.invite(new NewPerson(email, name, Role.valueOf(role), null, null));
            show(invitation.account(), invitation.link());
            Messages.info(invitation.account().displayName() + " invited", "Pass on the password link below.");
            email = null;
            name = null;
            staff = null;
        } catch (RuleViolation refused) {
            Messages.field("name".equals(refused.field()) ? "invite:name" : "invite:email", refused.getMessage());
        }
    }

    public void makeAdmin(Account account) {
        change(account, new Change(null, Role.ROLE_CLIENT_ADMIN, null, null, null),
                account.displayName() + " is now an administrator");
    }

    public void makeAgent(Account account) {
        change(account, new Change(null, Role.ROLE_CLIENT_USER, null, null, null),
                account.displayName() + " is now a support agent");
    }

    public void deactivate(Account account) {
        change(account, new Change(null, null, false, null, null), account.displayName() + " deactivated");
    }

    public void reactivate(Account account) {
        change(account, new Change(null, null, true, null, null), account.displayName() + " reactivated");
    }

    public void passwordLink(Account account) {
        try {
            show(account, changes.passwordLink(account.id()));
        } catch (RuleViolation refused) {
            Messages.warn("No link made", refused.getMessage());
        }
    }

    public void importMembers() {
        if (memberList == null || memberList.getSize() == 0) {
            Messages.field("import:file", "Choose a CSV file.");
            return;
        }
        if (memberList.getSize() > MAX_LIST_BYTES) {
            Messages.field("import:file", "The file is larger than 5 MB; split the list.");
            return;
        }
        try (InputStream in = memberList.getInputStream()) {
            report = changes.importMembers(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (RuleViolation refused) {
            Messages.field("import:file", refused.getMessage());
        } catch (IOException unreadable) {
            Messages.field("import:file", "The file could not be read; try again.");
        }
    }

    private void change(Account account, Change change, String done) {
        try {
            changes.change(account.id(), change);
            Messages.info(done, null);
        } catch (RuleViolation refused) {
            Messages.warn("Not changed", refused.getMessage());
        }
        staff = null;
    }

    private void show(Account account, Link issued) {
        link = issued.url();
        linkFor = account.displayName() + " (" + account.email() + ")";
        linkExpires = labels.when(issued.expiresAt());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getLink() {
        return link;
    }

    public String getLinkFor() {
        return linkFor;
    }

    public String getLinkExpires() {
        return linkExpires;
    }

    public Part getMemberList() {
        return memberList;
    }

    public void setMemberList(Part memberList) {
        this.memberList = memberList;
    }

    public MemberList.Report getReport() {
        return report;
    }
}
