package io.memberpulse.support.api.accounts;

import io.memberpulse.support.accounts.boundary.AccountChanges;
import io.memberpulse.support.accounts.boundary.AccountChanges.Change;
import io.memberpulse.support.accounts.boundary.AccountChanges.Invitation;
import io.memberpulse.support.accounts.boundary.AccountChanges.NewPerson;
import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.control.MemberList;
import io.memberpulse.support.accounts.control.PasswordLinks.Link;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The accounts of the caller's own client, for its administrators: invite, change, deactivate, import members. */
@Path("accounts")
@RequestScoped
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "The accounts of the caller's client, for its administrators")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    AccountChanges changes;

    public record AccountView(UUID id, String email, String name, String role, boolean active,
            boolean passwordSet, String memberNumber, String organisation, Instant lastLoginAt, Instant createdAt) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.email(), account.displayName(), account.role().name(),
                    account.isActive(), account.hasPassword(), account.memberNumber(), account.organisation(),
                    account.lastLoginAt(), account.createdAt());
        }
    }

    public record AccountPage(long total, List<AccountView> items) {
    }

    /** A password link, shown to the administrator once (until e-mail delivers it): it is never stored. */
    public record PasswordLink(String url, Instant expiresAt) {
        static PasswordLink of(Link link) {
            return new PasswordLink(link.url(), link.expiresAt());
        }
    }

    public record InvitedAccount(AccountView account, PasswordLink setPasswordLink) {
    }

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    @Schema(description = "A person to invite: staff, or a member")
    public static class InvitationRequest {
        @Schema(example = "new.agent@example.org")
        public String email;
        @Schema(example = "Noor Agent")
        public String name;
        @Schema(description = "ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER (the default) or ROLE_MEMBER",
                example = "ROLE_CLIENT_USER")
        public String role;
        public String memberNumber;
        public String organisation;
    }

    @Schema(description = "What to change; a field left out stays as it is")
    public static class ChangeRequest {
        @Schema(example = "Alex Agent")
        public String name;
        @Schema(example = "ROLE_CLIENT_ADMIN")
        public String role;
        @Schema(description = "false deactivates the account (it can no longer sign in), true reactivates it")
        public Boolean active;
        public String memberNumber;
        public String organisation;
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "The accounts of the caller's client, with their total")
    public AccountPage list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return new AccountPage(accounts.count(), accounts.list(limit).stream().map(AccountView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteAccount", summary = "Invite a person: the account is created without a password, "
            + "and the answer carries the single-use link (shown once) with which they set one")
    @APIResponse(responseCode = "201", description = "The new account and its set-password link")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or the e-mail has an account")
    public Response invite(@Valid @NotNull InvitationRequest request) {
        Invitation invitation = changes.invite(new NewPerson(request.email, request.name, role(request.role),
                request.memberNumber, request.organisation));
        return Response.created(URI.create("/api/accounts/" + invitation.account().id()))
                .entity(new InvitedAccount(AccountView.of(invitation.account()),
                        PasswordLink.of(invitation.link())))
                .build();
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
    @Operation(operationId = "changeAccount", summary = "Rename, change the role, deactivate or reactivate an account; "
            + "the client's last active administrator cannot be demoted or deactivated")
    @APIResponse(responseCode = "200", description = "The account as it is now")
    @APIResponse(responseCode = "422", description = "A field is wrong, or the change would leave no administrator")
    public AccountView change(@PathParam("id") UUID id, @Valid @NotNull ChangeRequest request) {
        return AccountView.of(changes.change(id, new Change(request.name, role(request.role), request.active,
                request.memberNumber, request.organisation)));
    }

    @POST
    @Path("{id}/password-link")
    @Operation(operationId = "createPasswordLink", summary = "A new single-use link for the account to set its "
            + "password (a reset, or a new invitation); older links of the account stop working")
    public PasswordLink passwordLink(@PathParam("id") UUID id) {
        return PasswordLink.of(changes.passwordLink(id));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importMembers", summary = "Members from the membership system: CSV with the header "
            + "email,name,member_number[,organisation]; new e-mails become members, known ones are updated, and "
            + "the same file again changes nothing")
    @APIResponse(responseCode = "200", description = "Created, updated, unchanged and refused rows (with the line)")
    public MemberList.Report importMembers(String csv) {
        return changes.importMembers(csv);
    }

    static Role role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Role role = Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
            if (role != Role.ROLE_PLATFORM_OPERATOR) {
                return role;
            }
        } catch (IllegalArgumentException unknown) {
            // refused below
        }
        throw new RuleViolation("role", "The role must be ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER or ROLE_MEMBER.");
    }
}
