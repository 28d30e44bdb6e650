package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A person who signs in: a client's staff member or one of its members. The account guards its own sign-in
 * rules: repeated failures lock it for a while, and a locked account refuses even the right password. It is never
 * deleted (history keeps its name): it is deactivated, and a deactivated account cannot sign in.
 */
@Entity
@Table(name = "accounts")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.displayName, a.id")
@NamedQuery(name = Account.STAFF, query = "SELECT a FROM Account a WHERE a.role IN :staff ORDER BY a.displayName, a.id")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.BY_IDS, query = "SELECT a FROM Account a WHERE a.id IN :ids")
@NamedQuery(name = Account.ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.active = TRUE")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    public static final String STAFF = "Account.staff";
    public static final String BY_IDS = "Account.byIds";
    public static final String ACTIVE_WITH_ROLE = "Account.activeWithRole";
    public static final int EMAIL_LENGTH = 254;
    public static final int NAME_LENGTH = 200;
    public static final int MEMBER_NUMBER_LENGTH = 60;
    public static final int ORGANISATION_LENGTH = 200;

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

    @Column(nullable = false)
    private boolean active = true;

    /**
     * Raised by every change of password: our tokens carry the value they were issued with, and one with an older
     * value is refused, as is a browser session signed in before the change.
     */
    @Column(name = "credentials_epoch", nullable = false)
    private int credentialsEpoch;

    /** The member's number in the association's membership system (seed 004's business link). */
    /** Set by the agent: away agents get no tickets automatically. */
    @Column(nullable = false)
    private boolean available = true;

    /** The most open tickets automatic assignment gives this agent; null for no limit. */
    @Column(name = "max_open_tickets")
    private Integer maxOpenTickets;

    @ElementCollection
    @CollectionTable(name = "account_skills", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "skill", length = SKILL_LENGTH)
    private Set<String> skills = new HashSet<>();

    @Column(name = "member_number", length = MEMBER_NUMBER_LENGTH)
    private String memberNumber;

    @Column(length = ORGANISATION_LENGTH)
    private String organisation;

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

    /** Enough to catch a typing mistake; whether the address receives mail is for the invitation to show. */
    public static final int SKILL_LENGTH = 40;
    static final int MAX_SKILLS = 30;
    private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static boolean isValidEmail(String email) {
        String value = normalise(email);
        return value != null && value.length() <= EMAIL_LENGTH && EMAIL.matcher(value).matches();
    }

    /** The e-mail as stored, or a refusal that says what is expected. */
    public static String checkedEmail(String email) {
        String value = normalise(email);
        if (!isValidEmail(value)) {
            throw new RuleViolation("email", "A valid e-mail address is required, such as name@example.org.");
        }
        return value;
    }

    public static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new RuleViolation("name", "A name of 1 to " + NAME_LENGTH + " characters is required.");
        }
        return name.strip();
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

    /**
     * A new password: the lock-out is lifted, and every token and session from before ends (they carry the old
     * epoch).
     */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.credentialsEpoch++;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Only a client's own roles: the platform operator's role is never given to a client's account. */
    public void changeRole(Role role) {
        if (role == null || role == Role.ROLE_PLATFORM_OPERATOR || this.role == Role.ROLE_PLATFORM_OPERATOR) {
            throw new RuleViolation("role", "The role must be ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER or ROLE_MEMBER.");
        }
        this.role = role;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Seed 004's business link; blank values clear it. Returns whether anything changed. */
    public boolean describeMembership(String memberNumber, String organisation) {
        String number = blankToNull(memberNumber);
        String org = blankToNull(organisation);
        if (number != null && number.length() > MEMBER_NUMBER_LENGTH) {
            throw new RuleViolation("memberNumber", "A member number has at most " + MEMBER_NUMBER_LENGTH
                    + " characters.");
        }
        if (org != null && org.length() > ORGANISATION_LENGTH) {
            throw new RuleViolation("organisation", "An organisation has at most " + ORGANISATION_LENGTH
                    + " characters.");
        }
        if (Objects.equals(number, this.memberNumber) && Objects.equals(org, this.organisation)) {
            return false;
        }
        this.memberNumber = number;
        this.organisation = org;
        return true;
    }

    /** What automatic assignment weighs: skills (like tags: lower case, hyphens) and the most open tickets. */
    public void describeWork(Set<String> skills, Integer maxOpenTickets) {
        if (skills != null) {
            Set<String> clean = new TreeSet<>();
            for (String skill : skills) {
                String value = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
                if (!SKILL.matcher(value).matches()) {
                    throw new RuleViolation("skills", "A skill is 1 to " + SKILL_LENGTH
                            + " letters, digits and hyphens, such as 'billing' or 'lms'.");
                }
                clean.add(value);
            }
            if (clean.size() > MAX_SKILLS) {
                throw new RuleViolation("skills", "At most " + MAX_SKILLS + " skills.");
            }
            this.skills.clear();
            this.skills.addAll(clean);
        }
        if (maxOpenTickets != null && (maxOpenTickets < 0 || maxOpenTickets > 10_000)) {
            throw new RuleViolation("maxOpenTickets", "The most open tickets is 1 to 10000, or 0 for no limit.");
        }
        if (maxOpenTickets != null) {
            this.maxOpenTickets = maxOpenTickets == 0 ? null : maxOpenTickets;
        }
    }

    public void makeAvailable(boolean available) {
        this.available = available;
    }

    public boolean isAvailable() {
        return available;
    }

    public Integer maxOpenTickets() {
        return maxOpenTickets;
    }

    public Set<String> skills() {
        return Collections.unmodifiableSet(skills);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isActive() {
        return active;
    }

    public int credentialsEpoch() {
        return credentialsEpoch;
    }

    public String memberNumber() {
        return memberNumber;
    }

    public String organisation() {
        return organisation;
    }

    public boolean hasPassword() {
        return passwordHash != null;
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
