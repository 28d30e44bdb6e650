package io.memberpulse.support.security;

import io.memberpulse.support.accounts.boundary.Callers;
import io.memberpulse.support.accounts.control.TokenIssuer;
import io.memberpulse.support.accounts.entity.AccountPrincipal;
import io.memberpulse.support.api.platform.Correlation;
import io.memberpulse.support.api.platform.ProblemJson;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One authentication mechanism for the whole WAR (Jakarta Security allows one): bearer tokens for the API, a
 * browser session for the console and the portal.
 *
 * <ul>
 * <li>A bearer token is handed to Payara's MicroProfile JWT mechanism, always, so the caller is known to every
 * filter and an invalid token is a 401 even on a public endpoint. A valid signature is not enough: the token must
 * name an account of the client it names, holding the role it claims ({@link Callers}); the caller is then that
 * account, with that account's role, exactly as after a sign-in on the page. Anything else is a 401 before any
 * tenant data is read.</li>
 * <li>The API never accepts the session: a browser that is signed in cannot be tricked into calling the API
 * (no CSRF on /api), and API clients never get a session by accident.</li>
 * <li>Pages use the session; their form posts carry Faces' unguessable server-side view state, which is the
 * CSRF token.</li>
 * </ul>
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class BearerOrSessionMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = SessionCaller.class.getName();

    @Inject
    BeanManager beans;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Callers callers;

    @Inject
    SingleSignOnFlow singleSignOn;

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.client-claim", defaultValue = "client")
    String clientClaim;

    private volatile HttpAuthenticationMechanism jwt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request, response, context);
        }
        if (isApi(request)) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (singleSignOn.handles(path)) {
            return singleSignOn.handle(path, request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (isResource(request) || callers.sessionStands(caller.principal())) {
                return context.notifyContainerAboutLogin(caller.principal(), caller.groups());
            }
            // deactivated, suspended, or the password changed elsewhere since: this session has ended
            session.invalidate();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        AuthenticationStatus status;
        try {
            Optional<VerifiedTokens.Verified> known = verifiedTokens.find(token);
            if (known.isPresent()) {
                // verified before and not expired: only the account is read again, as on every request
                status = asAccount(known.get().token(), known.get().groups())
                        .map(caller -> context.notifyContainerAboutLogin(caller.principal(), caller.groups()))
                        .orElse(AuthenticationStatus.SEND_FAILURE);
            } else {
                HttpServletResponse quiet = new ErrorsLeftToUs(response);
                status = jwt().validateRequest(request, quiet, new AlwaysProtected(context, quiet, (principal,
                        groups) -> {
                    Optional<Callers.Resolved> caller = asAccount(principal, groups);
                    caller.ifPresent(resolved -> verifiedTokens.keep(token, principal, groups));
                    return caller;
                }));
            }
        } catch (Exception e) {
            status = AuthenticationStatus.SEND_FAILURE;
        }
        if (status == AuthenticationStatus.SEND_FAILURE) {
            unauthorized(request, response);
        }
        return status;
    }

    /** The account a verified token stands for, or nothing (then 401). */
    private Optional<Callers.Resolved> asAccount(Principal principal, Set<String> groups) {
        if (!(principal instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String client = text(token.getClaim(clientClaim));
        Object epoch = token.getClaim(TokenIssuer.CREDENTIALS_CLAIM);
        Integer credentials = epoch instanceof JsonNumber number ? Integer.valueOf(number.intValue())
                : epoch instanceof Number number ? Integer.valueOf(number.intValue()) : null;
        return client == null ? Optional.empty()
                : callers.ofToken(client, token.getName(), groups == null ? Set.of() : groups,
                        text(token.getClaim("name")), credentials);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString text ? text.getString() : claim instanceof String text ? text : null;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation
            }
            request.getSession(true).setAttribute(SESSION_CALLER, new SessionCaller(
                    (AccountPrincipal) result.getCallerPrincipal(), new HashSet<>(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.resetBuffer();
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setHeader(Correlation.HEADER, Correlation.idOf(request));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ProblemJson.of(401, "Unauthorized",
                    "The access token is invalid, expired, not issued for this service, or does not name an account "
                            + "of its client with the role it claims.",
                    request.getRequestURI(), Correlation.idOf(request)).toString());
            // committed now, so that the container cannot replace the body with its HTML error page
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            // the response is already committed: the status alone has to do
        }
    }

    /** Style sheets, scripts and images of the pages: served to a session without reading its account. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    /**
     * The signed-in person changed their own password: their own session goes on under the new one, while every
     * other session of theirs has ended.
     */
    public static void renewSession(HttpServletRequest request, int credentialsEpoch) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            AccountPrincipal old = caller.principal();
            session.setAttribute(SESSION_CALLER, new SessionCaller(new AccountPrincipal(old.getName(),
                    old.accountId(), old.clientId(), credentialsEpoch), caller.groups()));
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Payara's MicroProfile JWT mechanism, one of the beans of the type this alternative replaces. */
    private HttpAuthenticationMechanism jwt() {
        if (jwt == null) {
            jwt = replaced(beans, BearerOrSessionMechanism::isJwt, "MicroProfile JWT");
        }
        return jwt;
    }

    /** Payara adds its MicroProfile JWT mechanism as a bean that also has its own class's type. */
    static boolean isJwt(Bean<?> bean) {
        return bean.getTypes().stream().anyMatch(type -> type.getTypeName().endsWith(".JWTAuthenticationMechanism"));
    }

    /**
     * One of the mechanisms this alternative replaces, and so takes over: Payara's MicroProfile JWT one, or the
     * OpenID Connect one that {@link SingleSignOn} declares.
     */
    static HttpAuthenticationMechanism replaced(BeanManager beans, Predicate<Bean<?>> which, String what) {
        Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                .filter(candidate -> !candidate.getBeanClass().equals(BearerOrSessionMechanism.class))
                .filter(which).findFirst()
                .orElseThrow(() -> new IllegalStateException(what + " is not active"));
        return (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                beans.createCreationalContext(bean));
    }

    /** Keeps the container's HTML error page out of the API: the problem+json body is written here instead. */
    static final class ErrorsLeftToUs extends HttpServletResponseWrapper {

        ErrorsLeftToUs(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            setStatus(status);
        }

        @Override
        public void sendError(int status, String message) {
            setStatus(status);
        }
    }

    /**
     * Makes the JWT mechanism check a presented token on every request, not only on constrained URLs, and turns
     * the verified token into the account it names before the container hears of a caller.
     */
    private static final class AlwaysProtected extends HttpMessageContextWrapper {

        private final HttpServletResponse response;
        private final BiFunction<Principal, Set<String>, Optional<Callers.Resolved>> accounts;

        AlwaysProtected(HttpMessageContext context, HttpServletResponse response,
                BiFunction<Principal, Set<String>, Optional<Callers.Resolved>> accounts) {
            super(context);
            this.response = response;
            this.accounts = accounts;
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
            return accounts.apply(principal, groups)
                    .map(caller -> getWrapped().notifyContainerAboutLogin(caller.principal(), caller.groups()))
                    .orElse(AuthenticationStatus.SEND_FAILURE);
        }

        @Override
        public HttpServletResponse getResponse() {
            return response;
        }

        @Override
        public AuthenticationStatus responseUnauthorized() {
            return AuthenticationStatus.SEND_FAILURE;
        }

        @Override
        public boolean isProtected() {
            return true;
        }
    }
}
