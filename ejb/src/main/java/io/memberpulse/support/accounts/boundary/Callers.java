package io.memberpulse.support.accounts.boundary;

import io.memberpulse.support.accounts.control.ClientDirectory;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.accounts.entity.Role;
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
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

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

    @Inject
    ClientDirectory clients;

    /** The caller as the account says, with the account's one role as their only group. */
    public record Resolved(AccountPrincipal principal, Set<String> groups) {
    }

    public Optional<Resolved> ofToken(String clientSlug, String email, Set<String> claimedGroups) {
        UUID client = clients.idOf(clientSlug).orElse(null);
        if (client == null || email == null || email.isBlank()) {
            return Optional.empty();
        }
        String normalised = Account.normalise(email);
        try (Connection connection = database.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT id, role FROM accounts WHERE client_id = ? AND email = ?")) {
            read.setObject(1, client);
            read.setString(2, normalised);
            try (ResultSet account = read.executeQuery()) {
                if (!account.next()) {
                    return Optional.empty();
                }
                String role = account.getString(2);
                Set<String> claimed = claimedGroups.stream().filter(OUR_ROLES::contains)
                        .collect(Collectors.toSet());
                if (!claimed.equals(Set.of(role))) {
                    return Optional.empty();
                }
                return Optional.of(new Resolved(new AccountPrincipal(normalised, account.getObject(1, UUID.class),
                        client), Set.of(role)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the caller's account", e);
        }
    }
}
