package io.memberpulse.support.categories.boundary;

import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.NotFound;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** The caller's client's categories: administrators manage them, everybody signed in reads the active ones. */
@Stateless
public class Categories {

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    Clock clock;

    public record Draft(String name, String description, String routingTeam, Integer firstResponseHours) {
    }

    @RolesAllowed({Role.ADMIN, Role.AGENT})
    public List<Category> all() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER})
    public List<Category> active() {
        return em.createNamedQuery(Category.ACTIVE, Category.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER})
    public Category find(UUID id) {
        Category category = id == null ? null : em.find(Category.class, id);
        if (category == null) {
            throw new NotFound("Category", id);
        }
        return category;
    }

    @RolesAllowed(Role.ADMIN)
    public Category create(Draft draft) {
        validate(draft);
        requireUniqueName(draft.name(), null);
        Integer last = em.createNamedQuery(Category.MAX_ORDER, Integer.class).getSingleResult();
        Category category = new Category(draft.name(), draft.description(), last == null ? 1 : last + 1,
                draft.routingTeam(), draft.firstResponseHours(), clock.instant());
        em.persist(category);
        return category;
    }

    @RolesAllowed(Role.ADMIN)
    public Category update(UUID id, Draft draft, Boolean archived) {
        validate(draft);
        Category category = find(id);
        requireUniqueName(draft.name(), id);
        category.rename(draft.name());
        category.describe(draft.description(), draft.routingTeam(), draft.firstResponseHours());
        if (Boolean.TRUE.equals(archived)) {
            category.archive();
        } else if (Boolean.FALSE.equals(archived)) {
            category.restore();
        }
        return category;
    }

    /** Archives rather than deletes: tickets keep their category, the member form stops offering it. */
    @RolesAllowed(Role.ADMIN)
    public Category archive(UUID id) {
        Category category = find(id);
        category.archive();
        return category;
    }

    /** Puts the categories in the given order; the list must name each of the client's categories once. */
    @RolesAllowed(Role.ADMIN)
    public List<Category> reorder(List<UUID> order) {
        List<Category> all = all();
        var known = new HashSet<UUID>();
        all.forEach(category -> known.add(category.id()));
        if (order == null || order.size() != all.size() || !known.equals(new HashSet<>(order))) {
            throw new RuleViolation("order", "Name every category exactly once, in the new order.");
        }
        for (int position = 0; position < order.size(); position++) {
            em.find(Category.class, order.get(position)).moveTo(position + 1);
        }
        return all();
    }

    private void requireUniqueName(String name, UUID self) {
        em.createNamedQuery(Category.BY_NAME_KEY, Category.class).setParameter("key", Category.keyOf(name))
                .getResultStream()
                .filter(existing -> !existing.id().equals(self))
                .findAny()
                .ifPresent(existing -> {
                    throw new Conflict("A category called '" + existing.name() + "' exists already.");
                });
    }

    private static void validate(Draft draft) {
        if (draft.name() == null || draft.name().isBlank() || draft.name().trim().length() > Category.NAME_LENGTH) {
            throw new RuleViolation("name", "A name of 1 to " + Category.NAME_LENGTH + " characters is required.");
        }
        if (draft.description() != null && draft.description().length() > Category.DESCRIPTION_LENGTH) {
            throw new RuleViolation("description", "At most " + Category.DESCRIPTION_LENGTH + " characters.");
        }
        if (draft.firstResponseHours() != null && draft.firstResponseHours() < 1) {
            throw new RuleViolation("firstResponseHours", "A first-response target is at least one hour.");
        }
    }

    /** A team was renamed: its categories keep routing to it. */
    @RolesAllowed(Role.ADMIN)
    public void renameRoutingTeam(String from, String to) {
        for (Category category : all()) {
            if (category.routingTeam() != null && category.routingTeam().strip().equalsIgnoreCase(from.strip())) {
                category.describe(category.description(), to, category.firstResponseHours());
            }
        }
    }
}
