package io.memberpulse.support.portal;

import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "My tickets": the member's own tickets, newest first. */
@Named("portalTicketsView")
@RequestScoped
public class TicketsView {

    static final int SHOWN = 100;

    @Inject
    MemberTickets tickets;

    private List<Ticket> mine;

    public List<Ticket> getMine() {
        if (mine == null) {
            mine = tickets.mine(SHOWN);
        }
        return mine;
    }
}
