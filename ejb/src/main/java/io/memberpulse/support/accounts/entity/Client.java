package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An association using MemberPulse: the tenant every other row belongs to. One client is the platform's own
 * ({@link #PLATFORM_SLUG}): it holds only the platform operators' accounts, and no tickets, categories or members.
 */
@Entity
@Table(name = "clients")
@NamedQuery(name = Client.BY_SLUG, query = "SELECT c FROM Client c WHERE c.slug = :slug")
@NamedQuery(name = Client.ALL, query = "SELECT c FROM Client c WHERE c.slug <> :platform ORDER BY c.slug")
@NamedQuery(name = Client.COUNT_ALL, query = "SELECT COUNT(c) FROM Client c")
@NamedQuery(name = Client.AUTO_CLOSING, query = "SELECT c FROM Client c WHERE c.autoCloseDays > 0")
public class Client {

    public static final String BY_SLUG = "Client.bySlug";
    public static final String AUTO_CLOSING = "Client.autoClosing";
    public static final String ALL = "Client.all";
    public static final String COUNT_ALL = "Client.countAll";
    public static final int SLUG_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    /** The platform operators' home: reserved, never a client's slug. */
    public static final String PLATFORM_SLUG = "platform";
    /** Lower-case letters, digits and inner hyphens: what a person can type at sign-in and put in a token claim. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    public static final int MAX_AUTO_CLOSE_DAYS = 365;
    /** The product's own limit per file (the architecture's 10 MB); a client may only lower it. */
    public static final int MAX_ATTACHMENT_MEGABYTES = 10;

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

    /** Resolved tickets close by themselves after this many days; 0 leaves them resolved. */
    @Column(name = "auto_close_days", nullable = false)
    private int autoCloseDays = 7;

    /** Whether a member must choose a category on the ticket form. */
    @Column(name = "category_required", nullable = false)
    private boolean categoryRequired = true;

    /** Whether members may attach files to their tickets and replies (staff always may). */
    @Column(name = "member_attachments", nullable = false)
    private boolean memberAttachments = true;

    /** The largest file accepted from anyone, in megabytes. */
    @Column(name = "max_attachment_mb", nullable = false)
    private int maxAttachmentMegabytes = MAX_ATTACHMENT_MEGABYTES;

    /** A suspended client's people cannot sign in and their tokens are refused; nothing is deleted. */
    @Column(nullable = false)
    private boolean suspended;

    /** Whether a token of the outside identity provider may create a support agent's account on first use. */
    @Column(name = "provider_creates_staff", nullable = false)
    private boolean providerCreatesStaff;

    /** Whether new tickets are handed to agents by their team's method (seed 003's assignment rules). */
    @Column(name = "auto_assign", nullable = false)
    private boolean autoAssign = true;

    /** Whether automatic assignment happens only within the business hours of the SLA calendar. */
    @Column(name = "assign_in_business_hours", nullable = false)
    private boolean assignInBusinessHours;

    /** The SLA policy as JSON (the sla component's document); null for the product's defaults. */
    @Column(name = "sla_policy", length = 100_000)
    private String slaPolicy;

    @Column(name = "support_ai", length = 10_000)
    private String supportAi;

    protected Client() {
    }

    public Client(String slug, String name, Instant now) {
        this.id = Ids.next();
        this.slug = checkedSlug(slug);
        rename(name);
        this.createdAt = now;
    }

    /** The slug as stored (lower case), or a refusal that says what a slug may hold. */
    public static String checkedSlug(String slug) {
        String value = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(value).matches()) {
            throw new RuleViolation("slug", "A slug is 1 to " + SLUG_LENGTH
                    + " lower-case letters, digits and inner hyphens, such as 'acme' or 'guild-of-engineers'.");
        }
        return value;
    }

    public boolean isPlatform() {
        return PLATFORM_SLUG.equals(slug);
    }

    public void rename(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new RuleViolation("name", "A name of 1 to " + NAME_LENGTH + " characters is required.");
        }
        this.name = name.strip();
    }

    public boolean autoAssign() {
        return autoAssign;
    }

    public boolean assignInBusinessHours() {
        return assignInBusinessHours;
    }

    public void assignAutomatically(boolean on, boolean onlyInBusinessHours) {
        this.autoAssign = on;
        this.assignInBusinessHours = onlyInBusinessHours;
    }

    public String slaPolicy() {
        return slaPolicy;
    }

    public void changeSlaPolicy(String json) {
        this.slaPolicy = json;
    }

    /** The AI assistant's settings as JSON; null for the defaults. */
    public String supportAi() {
        return supportAi;
    }

    public void changeSupportAi(String json) {
        this.supportAi = json;
    }

    public boolean isSuspended() {
        return suspended;
    }

    /** The platform's own client is never suspended: that would lock every operator out. */
    public void suspend() {
        if (isPlatform()) {
            throw new RuleViolation("suspended", "The platform's own client cannot be suspended.");
        }
        this.suspended = true;
    }

    public void resume() {
        this.suspended = false;
    }

    public boolean providerCreatesStaff() {
        return providerCreatesStaff;
    }

    public void letProviderCreateStaff(boolean allowed) {
        this.providerCreatesStaff = allowed;
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

    public Instant createdAt() {
        return createdAt;
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

    public int autoCloseDays() {
        return autoCloseDays;
    }

    /** 0 turns auto-close off; otherwise 1 to 365 days after resolving. */
    public void autoCloseAfter(int days) {
        if (days < 0 || days > MAX_AUTO_CLOSE_DAYS) {
            throw new RuleViolation("autoCloseDays", "Auto-close takes 0 (never) to " + MAX_AUTO_CLOSE_DAYS
                    + " days.");
        }
        this.autoCloseDays = days;
    }

    public boolean categoryRequired() {
        return categoryRequired;
    }

    public void requireCategory(boolean required) {
        this.categoryRequired = required;
    }

    public boolean memberAttachments() {
        return memberAttachments;
    }

    public void allowMemberAttachments(boolean allowed) {
        this.memberAttachments = allowed;
    }

    public int maxAttachmentMegabytes() {
        return maxAttachmentMegabytes;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentMegabytes * 1024L * 1024L;
    }

    public void limitAttachmentsTo(int megabytes) {
        if (megabytes < 1 || megabytes > MAX_ATTACHMENT_MEGABYTES) {
            throw new RuleViolation("maxAttachmentMegabytes", "The largest file may be 1 to "
                    + MAX_ATTACHMENT_MEGABYTES + " MB.");
        }
        this.maxAttachmentMegabytes = megabytes;
    }
}
