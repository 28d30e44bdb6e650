package io.memberpulse.support.pages;

import io.memberpulse.support.platform.entity.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * How a page meets an error: a business refusal (a rule, a conflict, a missing right) becomes a message on the
 * page the person is on, with what they typed kept; anything else goes to the error page through OmniFaces'
 * handler, for ajax requests too (which Faces alone would leave hanging), and never shows a stack trace.
 * A refusal while a page is first loaded (a ticket number nobody has, in an old link) leaves no page to put the
 * message on: it is the error page, with the refusal's status and sentence.
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
                if (context.isPostback()) {
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.title(),
                            refusal.getMessage()));
                    context.validationFailed();
                } else {
                    refuseThePage(context, refusal);
                }
                events.remove();
            }
        }
        super.handle();
    }

    private static void refuseThePage(FacesContext context, BusinessException refusal) {
        ExternalContext external = context.getExternalContext();
        external.getRequestMap().put(ErrorView.REFUSAL, refusal);
        try {
            external.responseSendError(refusal.status(), refusal.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
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
