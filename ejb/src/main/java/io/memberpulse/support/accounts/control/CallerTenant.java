package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.platform.control.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's client: from the browser session's principal, or from a token's client claim. The claim's name is
 * configuration, so that a token from Keycloak or any OIDC provider works once it carries the client's slug.
 */
@RequestScoped
public class CallerTenant implements TenantResolver {

    @Inject
    SecurityContext security;

    @Inject
    ClientDirectory clients;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.client-claim", defaultValue = "client")
    String clientClaim;

    @Override
    public Optional<UUID> clientOfCaller() {
        Principal caller = security.getCallerPrincipal();
        if (caller instanceof AccountPrincipal account) {
            return Optional.of(account.clientId());
        }
        if (caller instanceof JsonWebToken token) {
            Object claim = token.getClaim(clientClaim);
            String slug = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
            return clients.idOf(slug);
        }
        return Optional.empty();
    }
}
