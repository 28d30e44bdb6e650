package io.memberpulse.support.api.accounts;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.boundary.Accounts.IssuedToken;
import io.memberpulse.support.accounts.boundary.Passwords;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.accounts.entity.SignIn;
import io.memberpulse.support.api.platform.ApiProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in for API clients, and "who am I". */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Tokens for API clients, and who the caller is")
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints of record components. */
    @Schema(description = "Credentials of one account of one client")
    public static class TokenRequest {
        @Schema(example = "demo")
        @NotBlank
        @Size(max = 40)
        public String client;

        @Schema(example = "member@demo.test")
        @NotBlank
        @Size(max = 254)
        public String email;

        @Schema(example = "demo-password")
        @NotBlank
        @Size(max = 200)
        public String password;
    }

    @Schema(description = "A password link's secret (the token= part of its address) and the new password")
    public static class LinkPassword {
        @NotBlank
        @Size(max = 100)
        public String token;

        @Schema(description = "At least 10 characters, not one of the common passwords")
        @NotNull
        @Size(max = 200)
        public String password;
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    public record Me(UUID id, String name, String email, ClientRef client, List<String> roles) {
    }

    public record ClientRef(UUID id, String slug, String name) {
    }

    @POST
    @Path("token")
    @PermitAll
    @Operation(operationId = "issueToken", summary = "Exchange an account's credentials for a bearer token (RS256)")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(schema = @Schema(ref = "TokenResponse")))
    @APIResponse(responseCode = "401", description = "Wrong e-mail or password (never which one)")
    @APIResponse(responseCode = "403", description = "The account is deactivated, or its client suspended")
    @APIResponse(responseCode = "429", description = "The account is locked for a while after repeated failures")
    public TokenResponse token(@Valid @NotNull TokenRequest request) {
        IssuedToken issued = accounts.issueToken(request.client, request.email, request.password);
        SignIn signIn = issued.signIn();
        switch (signIn.outcome()) {
            case LOCKED -> throw new ApiProblem(429, "Account locked",
                    "Too many failed sign-ins: this account is locked for a while.",
                    Math.max(1, Duration.between(clock.instant(), signIn.lockedUntil()).toSeconds()));
            case WRONG_CREDENTIALS -> throw new ApiProblem(401, "Sign-in failed", "Wrong e-mail or password.");
            case DEACTIVATED -> throw new ApiProblem(403, "Account deactivated",
                    "This account has been deactivated. Ask an administrator of your organisation.");
            case SUSPENDED -> throw new ApiProblem(403, "Organisation suspended",
                    "Your organisation's access to MemberPulse Support is suspended.");
            default -> {
                return new TokenResponse(issued.token().value(), "Bearer", issued.token().lifetime().toSeconds());
            }
        }
    }

    @POST
    @Path("password")
    @PermitAll
    @Operation(operationId = "setPasswordWithLink", summary = "Set a password with an invitation or reset link; the "
            + "link works once and expires, and the account's older sessions and tokens end")
    @APIResponse(responseCode = "204", description = "The password is set: sign in with it")
    @APIResponse(responseCode = "422", description = "The link has expired or was used, or the password is too weak")
    public void setPassword(@Valid @NotNull LinkPassword request) {
        passwords.setWithLink(request.token, request.password);
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.ADMIN, Role.AGENT, Role.MEMBER, Role.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMe", summary = "The caller: account, client and roles")
    public Me me() {
        var caller = accounts.me();
        var account = caller.account();
        var client = caller.client();
        return new Me(account.id(), account.displayName(), account.email(),
                new ClientRef(client.id(), client.slug(), client.name()), List.of(account.role().name()));
    }
}
