package io.memberpulse.support.assignment.boundary;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.assignment.control.Assigner;
import io.memberpulse.support.assignment.entity.Choice;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Tags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * The client's assignment rules, for its administrators: on or off, only within business hours or always; the
 * teams and their methods are the teams' own settings. The preview says who would get a ticket now, and why.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AssignmentSettings {

    @Inject
    ClientSettings settings;

    @Inject
    Categories categories;

    @Inject
    Assigner assigner;

    @Inject
    Clock clock;

    public record Rules(boolean autoAssign, boolean onlyInBusinessHours) {
    }

    public Rules read() {
        Client client = settings.mine();
        return new Rules(client.autoAssign(), client.assignInBusinessHours());
    }

    /** Null fields keep their value. */
    public Rules change(Boolean autoAssign, Boolean onlyInBusinessHours) {
        Client client = settings.mine();
        client.assignAutomatically(autoAssign == null ? client.autoAssign() : autoAssign,
                onlyInBusinessHours == null ? client.assignInBusinessHours() : onlyInBusinessHours);
        return read();
    }

    /** Who would get a ticket of this category, priority and tags now; changes nothing. */
    public Choice preview(UUID categoryId, Priority priority, Set<String> tags) {
        return assigner.preview(settings.mine(), categoryId == null ? null : categories.find(categoryId),
                priority == null ? Priority.NORMAL : priority, tags == null ? Set.of() : Tags.of(tags).values(),
                clock.instant());
    }
}
