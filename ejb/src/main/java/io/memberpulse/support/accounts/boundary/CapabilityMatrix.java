package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.Capabilities;
import io.memberpulse.support.accounts.entity.Capability;
import io.memberpulse.support.accounts.entity.CapabilityGrant;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The client's role → capability matrix, which administrators read and change. */
@Stateless
@RolesAllowed(Role.ADMIN)
public class CapabilityMatrix {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    Capabilities capabilities;

    public Map<Role, Set<Capability>> read() {
        Map<Role, Set<Capability>> matrix = new EnumMap<>(Role.class);
        matrix.put(Role.ROLE_CLIENT_ADMIN, capabilities.of(Role.ROLE_CLIENT_ADMIN));
        matrix.put(Role.ROLE_CLIENT_USER, capabilities.of(Role.ROLE_CLIENT_USER));
        return matrix;
    }

    /** Administrators keep every capability, so that nobody can lock the client out of its own settings. */
    public Map<Role, Set<Capability>> change(Map<Role, Set<Capability>> matrix) {
        if (matrix == null || matrix.isEmpty()) {
            throw new RuleViolation("matrix", "Give the capabilities of ROLE_CLIENT_USER.");
        }
        matrix.forEach((role, granted) -> {
            if (role == Role.ROLE_CLIENT_ADMIN && !granted.containsAll(Set.of(Capability.values()))) {
                throw new RuleViolation(role.name(), "Administrators always have every capability.");
            }
            if ((role == Role.ROLE_MEMBER || role == Role.ROLE_PLATFORM_OPERATOR) && !granted.isEmpty()) {
                throw new RuleViolation(role.name(), "Members have no staff capabilities.");
            }
        });
        Set<Capability> agents = matrix.get(Role.ROLE_CLIENT_USER);
        if (agents != null) {
            em.createNamedQuery(CapabilityGrant.DELETE_ROLE).setParameter("role", Role.ROLE_CLIENT_USER)
                    .executeUpdate();
            for (Capability capability : Capability.values()) {
                em.persist(new CapabilityGrant(Role.ROLE_CLIENT_USER, capability, agents.contains(capability)));
            }
            em.flush();
        }
        return read();
    }
}
