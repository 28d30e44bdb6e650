package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every page and API answer carries so that a browser keeps its user safe. */
@ExtendWith(RunningApplication.class)
class SecurityHeadersSystemTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageHasAStrictPolicyAndItsSessionCookieStaysOnThisSite() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(RunningApplication.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")),
                "scripts only from here or with the page's nonce (PrimeFaces CSP mode): " + policies);
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("object-src 'none'")), policies.toString());
        assertFalse(page.body().contains(" onclick=\""), "no inline event handlers");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));

        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("a session cookie: " + page.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void theApiHasThemToo() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(RunningApplication.uri("/api/auth/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
