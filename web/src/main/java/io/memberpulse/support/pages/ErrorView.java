package io.memberpulse.support.pages;

import io.memberpulse.support.api.platform.Correlation;
import io.memberpulse.support.platform.entity.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The one error page: a plain sentence and a reference, never a stack trace. */
@Named
@RequestScoped
public class ErrorView {

    /** The request attribute with the business refusal that made a page the error page ({@link PageErrors}). */
    static final String REFUSAL = "memberpulse.refusal";

    @Inject
    HttpServletRequest request;

    private int status() {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status ? status : 500;
    }

    /** Its message is written for the person who reads it, and names nothing the reader may not know. */
    private BusinessException refusal() {
        return request.getAttribute(REFUSAL) instanceof BusinessException refusal ? refusal : null;
    }

    public String getTitle() {
        if (refusal() != null) {
            return refusal().title();
        }
        return switch (status()) {
            case 403 -> "Not for your account";
            case 404 -> "Page not found";
            default -> "Something went wrong";
        };
    }

    public String getDetail() {
        if (refusal() != null) {
            return refusal().getMessage();
        }
        return switch (status()) {
            case 403 -> "Your account cannot open this page. Sign in with another account, or go back to the start.";
            case 404 -> "There is no page at this address.";
            default -> "We could not complete this request. Nothing you entered was lost; please try again.";
        };
    }

    public String getCorrelationId() {
        return Correlation.idOf(request);
    }
}
