package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountLink;
import io.memberpulse.support.accounts.entity.AccountLink.Purpose;
import io.memberpulse.support.accounts.entity.LinkNotUsable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single-use, expiring links to set a password. The secret (256 random bits) is in the link only; the database keeps
 * its SHA-256, so neither a database copy nor a log of queries gives anyone an account. A new link for an account
 * withdraws its older ones. Runs inside its caller's transaction.
 */
@ApplicationScoped
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PAGE = "/account/password?token=";

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "memberpulse.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "memberpulse.links.invitation-hours", defaultValue = "168")
    int invitationHours;

    @Inject
    @ConfigProperty(name = "memberpulse.links.reset-hours", defaultValue = "24")
    int resetHours;

    /** The link as a person receives it: shown once, never stored. */
    public record Link(String url, Instant expiresAt) {
    }

    public Link issue(UUID clientId, Account account, Purpose purpose) {
        Instant now = clock.instant();
        em.createNamedQuery(AccountLink.OPEN_OF_ACCOUNT, AccountLink.class).setParameter("client", clientId)
                .setParameter("account", account.id()).getResultList().forEach(old -> old.withdraw(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Duration lifetime = Duration.ofHours(purpose == Purpose.INVITATION ? invitationHours : resetHours);
        AccountLink link = new AccountLink(clientId, account.id(), purpose, Sha256.hex(token), now, lifetime);
        em.persist(link);
        return new Link(publicUrl.replaceAll("/+$", "") + PAGE + token, link.expiresAt());
    }

    /** The link a token stands for, locked until the transaction ends so that it can be spent only once. */
    public AccountLink usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new LinkNotUsable();
        }
        AccountLink link = em.createNamedQuery(AccountLink.BY_HASH, AccountLink.class)
                .setParameter("hash", Sha256.hex(token.strip())).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(LinkNotUsable::new);
        if (!link.isUsable(clock.instant())) {
            throw new LinkNotUsable();
        }
        return link;
    }
}
