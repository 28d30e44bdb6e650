package io.memberpulse.support.server;

import io.memberpulse.support.accounts.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * A test-only EJB that queries accounts the plainest way, with no WHERE on the client: whatever it cannot see is
 * hidden by the central tenant binding alone, which is what the isolation test proves.
 */
@Stateless
public class TenantProbe {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    public List<String> emails() {
        return em.createQuery("SELECT a.email FROM Account a ORDER BY a.email", String.class).getResultList();
    }

    public List<UUID> ids() {
        return em.createQuery("SELECT a.id FROM Account a", UUID.class).getResultList();
    }

    public Account find(UUID id) {
        return em.find(Account.class, id);
    }

    public int rename(UUID id, String name) {
        return em.createQuery("UPDATE Account a SET a.displayName = :name WHERE a.id = :id")
                .setParameter("name", name).setParameter("id", id).executeUpdate();
    }

    public int delete(UUID id) {
        return em.createQuery("DELETE FROM Account a WHERE a.id = :id").setParameter("id", id).executeUpdate();
    }
}
