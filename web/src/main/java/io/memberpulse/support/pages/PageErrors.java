package io.memberpulse.support.pages;

import io.memberpulse.support.platform.entity.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * How a page meets an error: a business refusal (a rule, a conflict, a missing right) becomes a message on the
 * page the person is on, with what they typed kept; anything else goes to the error page through OmniFaces'
 * handler, for ajax requests too (which Faces alone would leave hanging), and never shows a stack trace.
 */
public class PageErrors extends FullAjaxExceptionHandler {

    public PageErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            BusinessException refusal = businessCause(events.next().getContext().getException());
            if (refusal != null && context != null) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.title(),
                        refusal.getMessage()));
                context.validationFailed();
                events.remove();
            }
        }
        super.handle();
    }

    static BusinessException businessCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageErrors(getWrapped().getExceptionHandler());
        }
    }
}
