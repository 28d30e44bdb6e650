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

    /** Changes the settings given (null leaves one as it is). */
    @RolesAllowed(Role.ADMIN)
    public Client change(Boolean membersReopenClosed, Boolean ticketsEnabled) {
        Client client = mine();
        if (membersReopenClosed != null) {
            client.letMembersReopenClosed(membersReopenClosed);
        }
        if (ticketsEnabled != null) {
            client.enableTickets(ticketsEnabled);
        }
        return client;
    }
}
