package io.memberpulse.support.sla.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.sla.control.ServiceLevels;
import io.memberpulse.support.sla.entity.PolicyDocument;
import io.memberpulse.support.sla.entity.SlaPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The client's SLA policy, for its administrators: targets per priority, the business calendar and what a breach
 * does. A change applies to tickets opened, re-prioritised or re-categorised from then on; a ticket's running
 * clock keeps the targets it started with, as the member was told.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class SlaSettings {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    ClientSettings settings;

    @Inject
    ServiceLevels levels;

    public PolicyDocument read() {
        return PolicyDocument.of(levels.current());
    }

    /** Changes what the document names; the rest stays. */
    public PolicyDocument change(PolicyDocument change) {
        Client client = settings.mine();
        SlaPolicy policy = change.toPolicy(levels.of(client));
        if (policy.escalation().reassignTo() != null) {
            Account account = em.find(Account.class, policy.escalation().reassignTo());
            if (account == null || !account.role().isStaff() || !account.isActive()) {
                throw new RuleViolation("escalation.reassignTo", "Breached tickets can only go to an active agent "
                        + "or administrator of your organisation.");
            }
        }
        client.changeSlaPolicy(ServiceLevels.json(policy));
        return PolicyDocument.of(policy);
    }
}
