package io.memberpulse.support.portal;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The portal's landing page: the member's latest tickets. */
@Named("portalIndexView")
@RequestScoped
public class IndexView {

    @Inject
    MemberTickets tickets;

    @Inject
    ClientSettings settings;

    private Boolean ticketsEnabled;

    private List<Ticket> recent;

    /** Seed 003's "enable ticket system": when off, the portal says so instead of offering tickets. */
    public boolean isTicketsEnabled() {
        if (ticketsEnabled == null) {
            ticketsEnabled = settings.mine().ticketsEnabled();
        }
        return ticketsEnabled;
    }

    public List<Ticket> getRecent() {
        if (recent == null) {
            recent = isTicketsEnabled() ? tickets.mine(10) : List.of();
        }
        return recent;
    }

    public String label(Ticket ticket) {
        return switch (ticket.status()) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case WAITING_ON_MEMBER -> "Waiting for you";
            case WAITING_ON_THIRD_PARTY -> "Waiting on a third party";
            case RESOLVED -> "Resolved";
            case CLOSED -> "Closed";
        };
    }
}
