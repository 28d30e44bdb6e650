package io.memberpulse.support.accounts.entity;

import io.memberpulse.support.platform.entity.Ids;
import io.memberpulse.support.platform.entity.NullableUuidConverter;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A client's support team (seed 002: Billing Team, Events Team, ...): its members, its supervisor, and how its
 * tickets are handed out. A category routes to the team its routing team names.
 */
@Entity
@Table(name = "teams")
@Multitenant
@TenantDiscriminatorColumn(name = "client_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = Team.ALL, query = "SELECT t FROM Team t ORDER BY t.name")
@NamedQuery(name = Team.BY_NAME_KEY, query = "SELECT t FROM Team t WHERE t.nameKey = :key")
@NamedQuery(name = Team.IDS_OF_MEMBER, query = "SELECT t.id FROM Team t JOIN t.members m WHERE m.id = :account")
@NamedQuery(name = Team.OF_MEMBER, query = "SELECT t FROM Team t JOIN t.members m WHERE m.id = :account")
public class Team {

    public static final String ALL = "Team.all";
    public static final String BY_NAME_KEY = "Team.byNameKey";
    public static final String IDS_OF_MEMBER = "Team.idsOfMember";
    public static final String OF_MEMBER = "Team.ofMember";
    public static final int NAME_LENGTH = 80;
    public static final int MAX_MEMBERS = 500;

    /** How the team's new tickets find an agent. */
    public enum Method {
        /** they stay in the team's queue until someone takes one */
        MANUAL,
        /** to each available member in turn */
        ROUND_ROBIN,
        /** to the available member with the least open work, weighted by priority */
        LOAD_BALANCED
    }

    @Id
    private UUID id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @ManyToOne
    @JoinColumn(name = "supervisor_id")
    private Account supervisor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Method method = Method.MANUAL;

    /** Round-robin: who got the team's last ticket; the next goes to the member after them. */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "last_assigned_id")
    private UUID lastAssignedId;

    @ManyToMany
    @JoinTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private List<Account> members = new ArrayList<>();

    @Version
    private long version;

    protected Team() {
    }

    public Team(String name) {
        this.id = Ids.next();
        rename(name);
    }

    /** The key two team names clash on: trimmed, case-insensitive. */
    public static String keyOf(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new RuleViolation("name", "A team name has 1 to " + NAME_LENGTH + " characters.");
        }
        this.name = name.strip();
        this.nameKey = keyOf(name);
    }

    public void lead(Account supervisor) {
        if (supervisor != null && (!supervisor.role().isStaff() || !supervisor.isActive())) {
            throw new RuleViolation("supervisorId", "A supervisor is an active agent or administrator.");
        }
        this.supervisor = supervisor;
    }

    public void handOutBy(Method method) {
        this.method = method == null ? Method.MANUAL : method;
    }

    public void staff(Collection<Account> people) {
        if (people.size() > MAX_MEMBERS) {
            throw new RuleViolation("memberIds", "A team has at most " + MAX_MEMBERS + " members.");
        }
        for (Account person : people) {
            if (!person.role().isStaff()) {
                throw new RuleViolation("memberIds", person.email() + " is not support staff.");
            }
        }
        members.clear();
        people.stream().distinct().sorted(Comparator.comparing(Account::id)).forEach(members::add);
    }

    public void join(Account person) {
        if (members.stream().noneMatch(m -> m.id().equals(person.id()))) {
            List<Account> all = new ArrayList<>(members);
            all.add(person);
            staff(all);
        }
    }

    public void leave(Account person) {
        members.removeIf(m -> m.id().equals(person.id()));
    }

    /** Round-robin: remembers who got the last ticket. */
    public void handedTo(UUID account) {
        this.lastAssignedId = account;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Account supervisor() {
        return supervisor;
    }

    public Method method() {
        return method;
    }

    public UUID lastAssignedId() {
        return lastAssignedId;
    }

    /** Members in a fixed order (by id), the order round-robin goes round. */
    public List<Account> members() {
        return members.stream().sorted(Comparator.comparing(Account::id)).toList();
    }
}
