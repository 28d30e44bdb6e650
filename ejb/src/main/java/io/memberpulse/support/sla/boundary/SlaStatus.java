package io.memberpulse.support.sla.boundary;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.sla.control.ServiceLevels;
import io.memberpulse.support.sla.control.SlaClock;
import io.memberpulse.support.sla.entity.SlaPolicy;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.entity.SlaTracked;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Where tickets stand against their service levels now, for staff; members see only the expected response. */
@Stateless
@RolesAllowed({Role.ADMIN, Role.AGENT})
public class SlaStatus {

    @Inject
    ServiceLevels levels;

    @Inject
    Clock clock;

    /** Each ticket's view by id, computed with one read of the policy. */
    public Map<UUID, SlaView> of(Collection<? extends SlaTracked> tickets) {
        SlaPolicy policy = levels.current();
        Instant now = clock.instant();
        Map<UUID, SlaView> views = new HashMap<>();
        for (SlaTracked ticket : tickets) {
            SlaView view = SlaClock.view(ticket, policy, now);
            if (view != null) {
                views.put(ticket.id(), view);
            }
        }
        return views;
    }
}
