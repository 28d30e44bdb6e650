package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person who signs in: a client's staff member or one of its members. The account guards its own sign-in
 * rules: repeated failures lock it for a while, and a locked account refuses even the right password.
 */
@Entity
@Table(name = "accounts")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.displayName, a.id")
@NamedQuery(name = Account.STAFF, query = "SELECT a FROM Account a WHERE a.role IN :staff ORDER BY a.displayName, a.id")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.BY_IDS, query = "SELECT a FROM Account a WHERE a.id IN :ids")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    public static final String STAFF = "Account.staff";
    public static final String BY_IDS = "Account.byIds";
    public static final int EMAIL_LENGTH = 254;
    public static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    /** Stored lower-case, so that uniqueness per client and look-ups need no function index. */
    @Column(nullable = false, length = EMAIL_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, Role role, String passwordHash, Instant now) {
        this.id = Ids.next();
        this.email = normalise(email);
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the {@code maxFailures}-th in a row locks the account for {@code lock}. */
    public void recordFailedLogin(Instant now, int maxFailures, Duration lock) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lock);
            failedLogins = 0;
        }
    }

    public void recordLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long version() {
        return version;
    }
}
