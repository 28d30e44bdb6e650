package io.memberpulse.support.console;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.tickets.boundary.TicketReads;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.Status;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The console's landing page. */
@Named("consoleIndexView")
@RequestScoped
public class IndexView {

    @Inject
    Accounts accounts;

    @Inject
    SecurityContext security;

    @Inject
    TicketReads tickets;

    private QueueCounts queue;

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN);
    }

    public long getAccountCount() {
        return isAdmin() ? accounts.count() : 0;
    }

    /** The queue's numbers, read once per page view. */
    public QueueCounts getQueue() {
        if (queue == null) {
            queue = tickets.activeQueue();
        }
        return queue;
    }

    public long getActive() {
        return Status.ACTIVE.stream().mapToLong(getQueue().byStatus()::get).sum();
    }
}
