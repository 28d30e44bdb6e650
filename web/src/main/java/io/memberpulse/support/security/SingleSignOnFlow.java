package io.memberpulse.support.security;

import io.memberpulse.support.accounts.boundary.Callers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.Claims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two steps of a browser's single sign-on, with Jakarta Security's OpenID Connect mechanism doing the protocol
 * (state, nonce, code exchange, ID token signature and claims): {@link #start} sends the browser to the provider;
 * {@link #finish} takes the signed-in person's e-mail, groups and client claim and makes them an account by the
 * API's rule ({@link Callers#ofSingleSignOn}), then keeps the caller in the session like the password form does.
 * Someone the provider knows but this service does not (another client's user, an unknown client) is sent back to
 * the sign-in page with a message, signed in nowhere here.
 */
@ApplicationScoped
public class SingleSignOnFlow {

    private static final Logger LOG = Logger.getLogger(SingleSignOnFlow.class.getName());
    static final String NEXT = SingleSignOnFlow.class.getName() + ".next";
    /** The provider's sign-out address for this session, so that signing out here ends the provider's too. */
    public static final String PROVIDER_SIGN_OUT = SingleSignOnFlow.class.getName() + ".signOut";

    @Inject
    BeanManager beans;

    @Inject
    Callers callers;

    @Inject
    SingleSignOn settings;

    @Inject
    Instance<OpenIdContext> openId;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.client-claim", defaultValue = "client")
    String clientClaim;

    private volatile HttpAuthenticationMechanism mechanism;

    public boolean handles(String path) {
        return settings.isEnabled() && (path.equals(SingleSignOn.START) || path.equals(SingleSignOn.CALLBACK));
    }

    public AuthenticationStatus handle(String path, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return path.equals(SingleSignOn.START) ? start(request, response, context)
                    : finish(request, response, context);
        } catch (Exception e) {
            LOG.warning(() -> "Single sign-on failed: " + e);
            return context.redirect(request.getContextPath() + "/login?sso=failed");
        }
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws Exception {
        String next = request.getParameter("next");
        freshSession(request).setAttribute(NEXT, next == null ? "" : next);
        return mechanism().validateRequest(request, response, new Delegated(context, response, null));
    }

    private AuthenticationStatus finish(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws Exception {
        Delegated delegated = new Delegated(context, new BearerOrSessionMechanism.ErrorsLeftToUs(response), this::account);
        AuthenticationStatus status = mechanism().validateRequest(request, delegated.getResponse(), delegated);
        HttpSession session = request.getSession(true);
        Object next = session.getAttribute(NEXT);
        session.removeAttribute(NEXT);
        if (status != AuthenticationStatus.SUCCESS || delegated.caller == null) {
            freshSession(request);
            return context.redirect(request.getContextPath() + "/login?sso=refused");
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        session = request.getSession(true);
        session.setAttribute(BearerOrSessionMechanism.SESSION_CALLER, delegated.caller);
        providerSignOut().ifPresent(url -> request.getSession().setAttribute(PROVIDER_SIGN_OUT, url));
        String home = delegated.caller.groups().contains("ROLE_MEMBER") ? "/portal/" : "/console/";
        String target = LoginView.safeTarget(next instanceof String text && !text.isEmpty() ? text : null, home);
        return context.redirect(request.getContextPath() + target);
    }

    /**
     * A session with nothing of an earlier sign-on in it: the OpenID Connect mechanism keeps its tokens in the
     * session, and compares a new sign-on with them (a second person on the same browser would be refused).
     */
    private static HttpSession freshSession(HttpServletRequest request) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        return request.getSession(true);
    }

    /** The account the provider's claims name, or nothing (refused). */
    private Optional<SessionCaller> account(Principal principal, Set<String> groups) {
        OpenIdContext signedOn = openId.get();
        String email = claim(signedOn, "email").orElse(principal == null ? null : principal.getName());
        String client = claim(signedOn, clientClaim).orElse(null);
        Set<String> claimed = new HashSet<>(groups == null ? Set.of() : groups);
        claimed.addAll(arrayClaim(signedOn, "groups"));
        return callers.ofSingleSignOn(client, email, claimed, claim(signedOn, "name").orElse(null))
                .map(resolved -> new SessionCaller(resolved.principal(), resolved.groups()));
    }

    /** A claim from the ID token, else the access token, else the user info: providers put them in different ones. */
    private static Optional<String> claim(OpenIdContext context, String name) {
        for (Claims claims : List.of(context.getIdentityToken().getJwtClaims(),
                context.getAccessToken().getJwtClaims(), context.getClaims())) {
            Optional<String> value = claims.getStringClaim(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Set<String> arrayClaim(OpenIdContext context, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (Claims claims : List.of(context.getIdentityToken().getJwtClaims(),
                context.getAccessToken().getJwtClaims(), context.getClaims())) {
            values.addAll(claims.getArrayStringClaim(name));
        }
        return values;
    }

    private Optional<String> providerSignOut() {
        OpenIdContext signedOn = openId.get();
        JsonObject metadata = signedOn.getProviderMetadata();
        if (metadata == null || !metadata.containsKey("end_session_endpoint")) {
            return Optional.empty();
        }
        return Optional.of(metadata.getString("end_session_endpoint") + "?id_token_hint="
                + signedOn.getIdentityToken().getToken() + "&client_id=" + encode(settings.getClientId())
                + "&post_logout_redirect_uri=" + encode(settings.getSignedOutUrl()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Jakarta Security's OpenID Connect mechanism: a bean beside the others that our own mechanism replaces. */
    private HttpAuthenticationMechanism mechanism() {
        if (mechanism == null) {
            // neither ours nor Payara's MicroProfile JWT one: Soteria adds it for the definition on SingleSignOn
            mechanism = BearerOrSessionMechanism.replaced(beans, bean -> !BearerOrSessionMechanism.isJwt(bean),
                    "OpenID Connect");
        }
        return mechanism;
    }

    /** Lets the OpenID Connect mechanism run as on a protected page, and hears whom it signed in. */
    private static final class Delegated extends HttpMessageContextWrapper {

        private final HttpServletResponse response;
        private final java.util.function.BiFunction<Principal, Set<String>, Optional<SessionCaller>> accounts;
        private SessionCaller caller;

        Delegated(HttpMessageContext context, HttpServletResponse response,
                java.util.function.BiFunction<Principal, Set<String>, Optional<SessionCaller>> accounts) {
            super(context);
            this.response = response;
            this.accounts = accounts;
        }

        @Override
        public boolean isProtected() {
            return true;
        }

        @Override
        public HttpServletResponse getResponse() {
            return response;
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(Principal principal, Set<String> groups) {
            if (accounts == null) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            caller = accounts.apply(principal, groups).orElse(null);
            return caller == null ? AuthenticationStatus.SEND_FAILURE
                    : getWrapped().notifyContainerAboutLogin(caller.principal(), caller.groups());
        }
    }
}
