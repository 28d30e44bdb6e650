package io.memberpulse.support.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages a page shows in its growl (the layout's "growl" target) or beside one field. */
public final class Messages {

    private Messages() {
    }

    public static void info(String summary, String detail) {
        add("growl", FacesMessage.SEVERITY_INFO, summary, detail);
    }

    public static void warn(String summary, String detail) {
        add("growl", FacesMessage.SEVERITY_WARN, summary, detail);
    }

    /** An error beside the field with this client id (e.g. {@code form:subject}). */
    public static void field(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message, message);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // a null detail would make Faces repeat the summary as the detail, so a growl would say it twice
        faces.addMessage(clientId, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keep() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
