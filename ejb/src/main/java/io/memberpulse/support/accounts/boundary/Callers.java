package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.control.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who a verified token's bearer is in this product. A valid signature only says who issued the token; the caller
 * is the account with that e-mail in the client the token names, and their role is the account's. Before any
 * tenant data is touched, a token that names an unknown client, no client, an e-mail without an account there, or
 * a role its account does not hold is refused (401): a token's claims can never reach another client or lift a
 * role.
 */
@Stateless
@PermitAll
public class Callers {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    ClientDirectory clients;

    @Inject
    TenantContext tenant;

    /** The caller as the account says, with the account's one role as their only group. */
    public record Resolved(AccountPrincipal principal, Set<String> groups) {
    }

    public Optional<Resolved> ofToken(String clientSlug, String email, Set<String> claimedGroups) {
        UUID client = clients.idOf(clientSlug).orElse(null);
        if (client == null || email == null || email.isBlank()) {
            return Optional.empty();
        }
        tenant.enter(client);
        // a projection, not the entity: this runs on every API request
        Object[] account = em.createNamedQuery(Account.ROLE_BY_EMAIL, Object[].class)
                .setParameter("email", Account.normalise(email)).getResultStream().findFirst().orElse(null);
        if (account == null) {
            return Optional.empty();
        }
        String role = ((Role) account[1]).name();
        Set<String> ourRoles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        Set<String> claimed = claimedGroups.stream().filter(ourRoles::contains).collect(Collectors.toSet());
        if (!claimed.equals(Set.of(role))) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(new AccountPrincipal(Account.normalise(email), (UUID) account[0], client),
                Set.of(role)));
    }
}
