package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a client by its slug (what a person types at sign-in and a token names) or by id. Every API request
 * resolves its token's client through here, and a slug never changes owner, so its id is kept in memory after
 * the first look-up.
 */
@ApplicationScoped
public class ClientDirectory {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    public Optional<Client> bySlug(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Client.BY_SLUG, Client.class)
                .setParameter("slug", slug.trim().toLowerCase())
                .getResultStream()
                .findFirst();
    }

    private final ConcurrentHashMap<String, UUID> ids = new ConcurrentHashMap<>();

    /** The id of the client with this slug; remembered, as a slug never changes owner. */
    public Optional<UUID> idOf(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        String key = slug.strip().toLowerCase(Locale.ROOT);
        UUID known = ids.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = bySlug(key).map(Client::id);
        found.ifPresent(id -> ids.put(key, id));
        return found;
    }

    public Optional<Client> byId(UUID id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    /** The clients whose resolved tickets close by themselves. */
    public List<Client> autoClosing() {
        return em.createNamedQuery(Client.AUTO_CLOSING, Client.class).getResultList();
    }

    /** The clients whose tickets are served: every one but the platform's own and the suspended ones. */
    public List<Client> serving() {
        return em.createNamedQuery(Client.ALL, Client.class).setParameter("platform", Client.PLATFORM_SLUG)
                .getResultStream().filter(client -> !client.isSuspended()).toList();
    }
}
