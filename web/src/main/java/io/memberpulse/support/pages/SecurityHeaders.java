package io.memberpulse.support.pages;

import io.memberpulse.support.security.SingleSignOn;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The headers every response carries, pages and API alike: no framing by another site, no MIME sniffing, no full
 * address leaked to other sites, and a Content-Security-Policy. The policy here leaves {@code script-src} to
 * PrimeFaces' CSP mode, which sends its own header with the page's nonce; browsers enforce both headers, so
 * this one must not name scripts (it would take the nonce away). {@code default-src} is left out for the same
 * reason: scripts would fall back to it.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

    @Inject
    SingleSignOn singleSignOn;

    private String policy;

    /**
     * With single sign-on, signing out posts a form that ends at the provider's sign-out page (to end its session
     * too); {@code form-action} covers that redirect, so it names the provider's origin as well.
     */
    @Override
    public void init() {
        policy = singleSignOn.isEnabled() ? POLICY + " " + origin(singleSignOn.getIssuer()) : POLICY;
    }

    static String origin(String url) {
        URI address = URI.create(url);
        return address.getScheme() + "://" + address.getRawAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
