package io.memberpulse.support.api.accounts;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.boundary.Passwords;
import io.memberpulse.support.accounts.boundary.Teams;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.api.platform.ApiProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account: their name and password. */
@Path("me")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER, Role.OPERATOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Tokens for API clients, and who the caller is")
public class MeResource {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Teams teams;

    @Schema(description = "AVAILABLE, or AWAY: no tickets are assigned to the caller automatically")
    public static class AvailabilityChange {
        @Schema(example = "AWAY")
        public String availability;
    }

    public record Availability(String availability) {
    }

    @PUT
    @Path("availability")
    @RolesAllowed({Role.ADMIN, Role.AGENT})
    @Operation(operationId = "changeMyAvailability", summary = "Staff: away (no tickets assigned automatically) or "
            + "available again")
    public Availability changeAvailability(@NotNull AvailabilityChange change) {
        String value = change.availability == null ? "" : change.availability.strip().toUpperCase(Locale.ROOT);
        if (!value.equals("AVAILABLE") && !value.equals("AWAY")) {
            throw ApiProblem.badField("availability", "Say AVAILABLE or AWAY.");
        }
        return new Availability(teams.changeMyAvailability(value.equals("AVAILABLE")).isAvailable() ? "AVAILABLE"
                : "AWAY");
    }

    @Schema(description = "The caller's new name")
    public static class NameChange {
        @Schema(example = "Morgan Member")
        public String name;
    }

    @Schema(description = "The current password and the new one")
    public static class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    public record Named(String name) {
    }

    @PUT
    @Operation(operationId = "renameMe", summary = "Change the caller's own name")
    public Named rename(@Valid @NotNull NameChange change) {
        return new Named(accounts.renameMe(change.name).displayName());
    }

    @PUT
    @Path("password")
    @Operation(operationId = "changeMyPassword", summary = "Change the caller's own password: at least 10 characters "
            + "and not a common password; every other session and every token issued before end")
    @APIResponse(responseCode = "204", description = "Changed; sign in again for a new token")
    @APIResponse(responseCode = "422", description = "The current password is wrong, or the new one too weak")
    public void changePassword(@Valid @NotNull PasswordChange change) {
        passwords.change(change.currentPassword, change.newPassword);
    }
}
