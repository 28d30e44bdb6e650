package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use, expiring link to set an account's password: an invitation, a reset, or the first administrator's
 * first sign-in. Only a hash of its secret is stored. It is found by that hash before anyone is signed in, so it is
 * not filtered by tenant; it names its client, which the redeeming request then enters.
 */
@Entity
@Table(name = "account_links")
@NamedQuery(name = AccountLink.BY_HASH, query = "SELECT l FROM AccountLink l WHERE l.tokenHash = :hash")
@NamedQuery(name = AccountLink.OPEN_OF_ACCOUNT, query = "SELECT l FROM AccountLink l WHERE l.clientId = :client "
        + "AND l.accountId = :account AND l.usedAt IS NULL")
public class AccountLink {

    public static final String BY_HASH = "AccountLink.byHash";
    public static final String OPEN_OF_ACCOUNT = "AccountLink.openOfAccount";

    public enum Purpose { INVITATION, RESET }

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {
    }

    public AccountLink(UUID clientId, UUID accountId, Purpose purpose, String tokenHash, Instant now,
            Duration lifetime) {
        this.id = Ids.next();
        this.clientId = clientId;
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link; a second use, or a use after it expired, is refused. */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new LinkNotUsable();
        }
        this.usedAt = now;
    }

    /** A newer link for the same account replaces this one. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public UUID clientId() {
        return clientId;
    }

    public UUID accountId() {
        return accountId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
