package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Capability;
import io.memberpulse.support.accounts.entity.CapabilityGrant;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.Forbidden;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the caller may do, from their role and their client's capability matrix; read once per request. */
@RequestScoped
public class Capabilities {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    SecurityContext security;

    private Set<Capability> mine;

    public boolean has(Capability capability) {
        if (mine == null) {
            mine = security.isCallerInRole(Role.ADMIN) ? EnumSet.allOf(Capability.class)
                    : security.isCallerInRole(Role.AGENT) ? of(Role.ROLE_CLIENT_USER) : EnumSet.noneOf(Capability.class);
        }
        return mine.contains(capability);
    }

    public void require(Capability capability, String refusal) {
        if (!has(capability)) {
            throw new Forbidden(refusal);
        }
    }

    /** A role's grants in the caller's client: the saved matrix, or the defaults where nothing was saved. */
    public Set<Capability> of(Role role) {
        if (role == Role.ROLE_CLIENT_ADMIN) {
            return EnumSet.allOf(Capability.class);
        }
        List<CapabilityGrant> saved = em.createNamedQuery(CapabilityGrant.OF_ROLE, CapabilityGrant.class)
                .setParameter("role", role).getResultList();
        if (saved.isEmpty()) {
            return Capability.defaults(role);
        }
        Set<Capability> granted = EnumSet.noneOf(Capability.class);
        saved.stream().filter(CapabilityGrant::granted).forEach(grant -> granted.add(grant.capability()));
        return granted;
    }
}
