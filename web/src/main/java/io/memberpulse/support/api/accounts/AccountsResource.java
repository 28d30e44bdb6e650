package io.memberpulse.support.api.accounts;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The accounts of the caller's own client, for its administrators. */
@Path("accounts")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "The accounts of the caller's client, for its administrators")
public class AccountsResource {

    @Inject
    Accounts accounts;

    public record AccountView(UUID id, String email, String name, String role, Instant lastLoginAt) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.email(), account.displayName(), account.role().name(),
                    account.lastLoginAt());
        }
    }

    public record AccountPage(long total, List<AccountView> items) {
    }

    public static class Rename {
        @NotNull
        public String name;
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "The accounts of the caller's client, with their total")
    public AccountPage list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return new AccountPage(accounts.count(), accounts.list(limit).stream().map(AccountView::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAccount", summary = "One account of the caller's client; another client's id is 404")
    public AccountView get(@PathParam("id") UUID id) {
        return AccountView.of(accounts.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameAccount", summary = "Rename an account of the caller's client")
    public AccountView rename(@PathParam("id") UUID id, @Valid @NotNull Rename rename) {
        return AccountView.of(accounts.rename(id, rename.name));
    }
}
