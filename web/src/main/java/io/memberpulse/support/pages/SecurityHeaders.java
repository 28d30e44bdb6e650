package io.memberpulse.support.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
