package io.memberpulse.support.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on in the browser through the association's OpenID Connect provider (Keycloak, Entra ID, Okta ...),
 * when {@code MEMBERPULSE_OIDC_ISSUER}, {@code _CLIENT_ID} and {@code _CLIENT_SECRET} are set. The protocol is
 * Jakarta Security's OpenID Connect mechanism (Soteria, inside Payara), declared here and driven by
 * {@link BearerOrSessionMechanism} on two addresses only: {@value #START} sends the browser to the provider, and
 * {@value #CALLBACK} takes it back. The claims then name an account by the same rule as an API token.
 *
 * <p>The definition's values are read when a sign-on starts, not at deployment: without an issuer the mechanism is
 * never asked, and the server starts as before.
 */
@Named("singleSignOn")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${singleSignOn.issuer}",
        clientId = "${singleSignOn.clientId}",
        clientSecret = "${singleSignOn.clientSecret}",
        redirectURI = "${singleSignOn.callbackUrl}",
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "email", callerGroupsClaim = "groups"),
        redirectToOriginalResource = false)
public class SingleSignOn {

    public static final String START = "/login/sso";
    public static final String CALLBACK = "/login/sso/callback";

    @Inject
    @ConfigProperty(name = "memberpulse.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "memberpulse.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "memberpulse.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "memberpulse.public-url")
    String publicUrl;

    public boolean isEnabled() {
        return issuer.filter(value -> !value.isBlank()).isPresent() && clientId.isPresent();
    }

    public String getIssuer() {
        return issuer.orElse("");
    }

    public String getClientId() {
        return clientId.orElse("");
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    public String getCallbackUrl() {
        return base() + CALLBACK;
    }

    /** Where the provider sends the browser after signing out there. */
    public String getSignedOutUrl() {
        return base() + "/login";
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
