package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An association using MemberPulse: the tenant every other row belongs to. */
@Entity
@Table(name = "clients")
@NamedQuery(name = Client.BY_SLUG, query = "SELECT c FROM Client c WHERE c.slug = :slug")
public class Client {

    public static final String BY_SLUG = "Client.bySlug";
    public static final int SLUG_LENGTH = 40;

    @Id
    private UUID id;

    /** The short name a person types at sign-in and an identity provider puts in the client claim. */
    @Column(nullable = false, unique = true, length = SLUG_LENGTH)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether members may reopen closed tickets (resolved ones they always may). */
    @Column(name = "members_reopen_closed", nullable = false)
    private boolean membersReopenClosed;

    /** Seed 003's "enable ticket system": when off, members cannot submit or follow tickets. */
    @Column(name = "tickets_enabled", nullable = false)
    private boolean ticketsEnabled = true;

    protected Client() {
    }

    public Client(String slug, String name, Instant now) {
        this.id = Ids.next();
        this.slug = slug;
        this.name = name;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public boolean membersReopenClosed() {
        return membersReopenClosed;
    }

    public void letMembersReopenClosed(boolean allowed) {
        this.membersReopenClosed = allowed;
    }

    public boolean ticketsEnabled() {
        return ticketsEnabled;
    }

    public void enableTickets(boolean enabled) {
        this.ticketsEnabled = enabled;
    }
}
