package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a client by its slug. Every API request resolves its tenant through here, and a slug never changes
 * owner, so the answer is kept in memory after the first look-up.
 */
@ApplicationScoped
public class ClientDirectory {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    private final ConcurrentHashMap<String, UUID> ids = new ConcurrentHashMap<>();

    public Optional<Client> bySlug(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Client.BY_SLUG, Client.class)
                .setParameter("slug", slug.trim().toLowerCase())
                .getResultStream()
                .findFirst();
    }

    public Optional<UUID> idOf(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        UUID known = ids.get(slug);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = bySlug(slug).map(Client::id);
        found.ifPresent(id -> ids.put(slug, id));
        return found;
    }

    public Optional<Client> byId(UUID id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }
}
