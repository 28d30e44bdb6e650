package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.control.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The caller's own client and its ticket settings. */
@Stateless
public class ClientSettings {

    @Inject
    TenantContext tenant;

    @Inject
    ClientDirectory clients;

    @RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER})
    public Client mine() {
        return clients.byId(tenant.current().orElseThrow()).orElseThrow();
    }

    /** Seed 003's general ticket settings; a null leaves that one as it is. */
    public record TicketSettings(Boolean ticketsEnabled, Boolean membersReopenClosed, Integer autoCloseDays,
            Boolean categoryRequired, Boolean memberAttachments, Integer maxAttachmentMegabytes) {
    }

    /** Changes the settings given, all or none (a refused value leaves every setting as it was). */
    @RolesAllowed(Role.ADMIN)
    public Client change(TicketSettings change) {
        Client client = mine();
        if (change.autoCloseDays() != null) {
            client.autoCloseAfter(change.autoCloseDays());
        }
        if (change.maxAttachmentMegabytes() != null) {
            client.limitAttachmentsTo(change.maxAttachmentMegabytes());
        }
        if (change.membersReopenClosed() != null) {
            client.letMembersReopenClosed(change.membersReopenClosed());
        }
        if (change.ticketsEnabled() != null) {
            client.enableTickets(change.ticketsEnabled());
        }
        if (change.categoryRequired() != null) {
            client.requireCategory(change.categoryRequired());
        }
        if (change.memberAttachments() != null) {
            client.allowMemberAttachments(change.memberAttachments());
        }
        return client;
    }
}
