package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.Ids;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a verified token's bearer is in this product. A valid signature only says who issued the token; the caller
 * is the account with that e-mail in the client the token names, and their role is the account's. Before any
 * tenant data is touched, a token that names an unknown client, no client, an e-mail without an account there, or
 * a role its account does not hold is refused (401): a token's claims can never reach another client or lift a
 * role.
 *
 * <p>This runs on every API request, before the caller (and so the tenant) is known. It is one indexed read,
 * without a transaction of its own (a read needs none, and a commit per request was measurable), and it names the
 * client in its WHERE itself: it is the step that establishes the tenant every later query is scoped to.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Callers {

    private static final Set<String> OUR_ROLES = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toUnmodifiableSet());

    @Resource(lookup = "jdbc/memberpulse")
    DataSource database;

    private static final Logger LOG = Logger.getLogger(Callers.class.getName());
    /** SQL's state for a unique constraint refusing a row (PostgreSQL and H2 alike). */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    ClientDirectory clients;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String verificationKey;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.public-key.file")
    Optional<String> ourPublicKey;

    /** The caller as the account says, with the account's one role as their only group. */
    public record Resolved(AccountPrincipal principal, Set<String> groups) {
    }

    /**
     * The account a verified token stands for. {@code credentialsEpoch} is our own tokens' record of the password
     * they were issued under (null in an outside provider's token, whose passwords are not ours to change).
     */
    public Optional<Resolved> ofToken(String clientSlug, String email, Set<String> claimedGroups, String name,
            Integer credentialsEpoch) {
        return resolve(clientSlug, email, claimedGroups, name, credentialsEpoch,
                credentialsEpoch == null && outsideProvider());
    }

    /**
     * The account a browser signed on through the association's OpenID Connect provider stands for: the same rule
     * as for a token of that provider, first-use member accounts included.
     */
    public Optional<Resolved> ofSingleSignOn(String clientSlug, String email, Set<String> claimedGroups,
            String name) {
        return resolve(clientSlug, email, claimedGroups, name, null, true);
    }

    private Optional<Resolved> resolve(String clientSlug, String email, Set<String> claimedGroups, String name,
            Integer credentialsEpoch, boolean mayCreate) {
        UUID client = clients.idOf(clientSlug).orElse(null);
        if (client == null || email == null || email.isBlank()) {
            return Optional.empty();
        }
        String normalised = Account.normalise(email);
        Set<String> claimed = claimedGroups.stream().filter(OUR_ROLES::contains).collect(Collectors.toSet());
        try (Connection connection = database.getConnection()) {
            Optional<Row> row = read(connection, client, normalised);
            if (row.isEmpty() && mayCreate) {
                row = createOnFirstUse(connection, client, normalised, name, claimed);
            }
            return row.filter(account -> account.active() && !account.clientSuspended())
                    .filter(account -> claimed.equals(Set.of(account.role())))
                    .filter(account -> credentialsEpoch == null || credentialsEpoch == account.credentialsEpoch())
                    .map(account -> new Resolved(new AccountPrincipal(normalised, account.id(), client,
                            account.credentialsEpoch()), Set.of(account.role())));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the caller's account", e);
        }
    }

    /** Tokens come from the association's identity provider, not from our own token endpoint. */
    private boolean outsideProvider() {
        return ourPublicKey.isEmpty() || !verificationKey.equals("file:" + ourPublicKey.get());
    }

    /**
     * Whether a browser session signed in earlier still stands: the account is active, its client not suspended,
     * and its password unchanged since (a change ends every other session).
     */
    public boolean sessionStands(AccountPrincipal principal) {
        try (Connection connection = database.getConnection()) {
            return read(connection, principal.clientId(), principal.getName())
                    .filter(account -> account.id().equals(principal.accountId()))
                    .filter(account -> account.active() && !account.clientSuspended())
                    .filter(account -> account.credentialsEpoch() == principal.credentialsEpoch())
                    .isPresent();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the caller's account", e);
        }
    }

    private record Row(UUID id, String role, boolean active, int credentialsEpoch, boolean clientSuspended) {
    }

    private static Optional<Row> read(Connection connection, UUID client, String email) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT a.id, a.role, a.active, "
                + "a.credentials_epoch, c.suspended FROM accounts a JOIN clients c ON c.id = a.client_id "
                + "WHERE a.client_id = ? AND a.email = ?")) {
            read.setObject(1, client);
            read.setString(2, email);
            try (ResultSet account = read.executeQuery()) {
                if (!account.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(account.getObject(1, UUID.class), account.getString(2),
                        account.getBoolean(3), account.getInt(4), account.getBoolean(5)));
            }
        }
    }

    /**
     * A member who signs in through the association's identity provider for the first time gets an account: the
     * provider is where the association keeps its members. Staff accounts only when the client allows it, and
     * never an administrator's; never for a suspended or the platform's own client. Two first requests at once
     * both end with the one account (the second insert meets the unique e-mail and reads the first's row).
     */
    private Optional<Row> createOnFirstUse(Connection connection, UUID client, String email, String name,
            Set<String> claimed) throws SQLException {
        if (claimed.size() != 1 || !Account.isValidEmail(email)) {
            return Optional.empty();
        }
        Role role = Role.valueOf(claimed.iterator().next());
        boolean allowed;
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT suspended, provider_creates_staff, slug FROM clients WHERE id = ?")) {
            read.setObject(1, client);
            try (ResultSet row = read.executeQuery()) {
                allowed = row.next() && !row.getBoolean(1) && !Client.PLATFORM_SLUG.equals(row.getString(3))
                        && (role == Role.ROLE_MEMBER || (role == Role.ROLE_CLIENT_USER && row.getBoolean(2)));
            }
        }
        if (!allowed) {
            return Optional.empty();
        }
        String displayName = name == null || name.isBlank() ? email : name.strip();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (id, client_id, email, "
                + "display_name, role, failed_logins, created_at, version, active, credentials_epoch) "
                + "VALUES (?, ?, ?, ?, ?, 0, ?, 0, TRUE, 0)")) {
            insert.setObject(1, Ids.next());
            insert.setObject(2, client);
            insert.setString(3, email);
            insert.setString(4, displayName.length() > Account.NAME_LENGTH
                    ? displayName.substring(0, Account.NAME_LENGTH) : displayName);
            insert.setString(5, role.name());
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            LOG.info(() -> "Account created on first sign-in through the identity provider: " + email + " ("
                    + role + ")");
        } catch (SQLException refused) {
            if (!UNIQUE_VIOLATION.equals(refused.getSQLState())) {
                throw refused;
            }
            // created by a concurrent first request: read it below
        }
        return read(connection, client, email);
    }
}
