package io.memberpulse.support.portal;

import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The confirmation (seed 002): the number, what happens next and when to expect an answer. */
@Named("portalSubmittedView")
@RequestScoped
public class SubmittedView {

    @Inject
    MemberTickets tickets;

    private String number;
    private Ticket ticket;

    public void load() {
        ticket = tickets.detailOf(number).ticket();
    }

    public Ticket getTicket() {
        return ticket;
    }

    /**
     * The first-response target the ticket was given (its priority's, or its category's when that is stricter),
     * in words: "within 24 hours".
     */
    public String getExpectedResponse() {
        if (ticket.sla().untracked()) {
            return "as soon as we can";
        }
        long hours = Math.max(1, ticket.sla().firstResponseTarget().toHours());
        return hours == 1 ? "within 1 hour" : hours % 24 == 0 && hours > 24 ? "within " + hours / 24 + " days"
                : "within " + hours + " hours";
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
