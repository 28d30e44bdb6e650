package io.memberpulse.support.platform.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * The client whose rows this request may see. Every multitenant entity carries a {@code client_id} discriminator
 * that EclipseLink adds to each query and insert from the persistence context's tenant property; this bean
 * sets that property, so isolation never depends on a WHERE clause remembered per query.
 *
 * <p>The tenant comes from the caller's identity, resolved once per request; work without a caller (start-up,
 * scheduled jobs, sign-in) enters a client explicitly. A query on a multitenant entity with no tenant set fails
 * instead of returning everyone's rows.
 */
@RequestScoped
public class TenantContext {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TenantResolver resolver;

    private UUID clientId;
    private boolean resolved;

    /**
     * The current client, if the caller belongs to one. "None" is not remembered: during authentication the
     * caller is not known yet, and the same request asks again once it is.
     */
    public Optional<UUID> current() {
        if (!resolved) {
            clientId = resolver.clientOfCaller().orElse(null);
            resolved = clientId != null;
        }
        return Optional.ofNullable(clientId);
    }

    /** Scopes the rest of this request to one client; used where no caller decides it (sign-in, jobs). */
    public void enter(UUID client) {
        this.clientId = client;
        this.resolved = true;
        bind();
    }

    /** Hands the tenant to the persistence context of the running transaction. */
    public void bind() {
        current().ifPresent(id -> em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, id.toString()));
    }
}
