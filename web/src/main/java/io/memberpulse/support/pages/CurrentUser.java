package io.memberpulse.support.pages;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.security.SingleSignOnFlow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

/** The signed-in person as every page header shows them, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private Accounts.Caller caller;

    /*
     * The caller's roles, asked once per request and principal: each question goes through JACC (about 4 % of the
     * queue page's CPU when the layout asked it for every fragment); a sign-in or sign-out within the request
     * changes the principal, and the roles are asked again.
     */
    private boolean rolesAsked;
    private Principal rolesOf;
    private boolean staff;
    private boolean admin;
    private boolean member;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    private Accounts.Caller caller() {
        if (caller == null && isSignedIn()) {
            caller = accounts.me();
        }
        return caller;
    }

    public String getName() {
        return isSignedIn() ? caller().account().displayName() : "";
    }

    public String getEmail() {
        return isSignedIn() ? caller().account().email() : "";
    }

    public String getClientName() {
        return isSignedIn() ? caller().client().name() : "";
    }

    public String getRoleLabel() {
        if (!isSignedIn()) {
            return "";
        }
        return Labels.role(caller().account().role()).toLowerCase(Locale.ROOT);
    }

    public boolean isStaff() {
        askRoles();
        return staff;
    }

    public boolean isAdmin() {
        askRoles();
        return admin;
    }

    public boolean isMember() {
        askRoles();
        return member;
    }

    private void askRoles() {
        Principal principal = security.getCallerPrincipal();
        if (!rolesAsked || principal != rolesOf) {
            rolesAsked = true;
            rolesOf = principal;
            admin = security.isCallerInRole(Role.ADMIN);
            staff = admin || security.isCallerInRole(Role.AGENT);
            member = security.isCallerInRole(Role.MEMBER);
        }
    }

    /** The account's id, for pages that mark "mine". */
    public UUID getId() {
        return isSignedIn() ? caller().account().id() : null;
    }

    /** A class on the page body: console and portal share one theme and differ in a few accents. */
    public String getArea() {
        return isStaff() ? "console" : isMember() ? "portal" : "public";
    }

    /** Where this person starts: the console for staff, the portal for members, sign-in for anyone else. */
    public String getHome() {
        if (isStaff()) {
            return "/console/index";
        }
        if (isMember()) {
            return "/portal/index";
        }
        return "/login";
    }

    public String goHome() {
        return getHome() + "?faces-redirect=true";
    }

    /**
     * Ends this session; after a single sign-on also the provider's, whose sign-out page sends the browser back to
     * our sign-in page.
     */
    public String logout() throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object providerSignOut = session == null ? null : session.getAttribute(SingleSignOnFlow.PROVIDER_SIGN_OUT);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        if (providerSignOut instanceof String url) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
            return null;
        }
        return "/login?faces-redirect=true";
    }
}
