package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on in a real browser against a real OpenID Connect provider started by the test (NAV's
 * mock-oauth2-server: discovery, authorisation code flow, signed ID tokens, a sign-in form of its own, sign-out).
 * The server is configured as the README says (MEMBERPULSE_OIDC_*). An agent and a member sign in through it and
 * land on their pages; a user of another client, or of none, is turned away with a message; signing out here ends
 * the provider's session too.
 */
@ExtendWith(RunningApplication.class)
class SingleSignOnBrowserSystemTest {

    private static MockOAuth2Server provider;
    private static URI node;
    private Browser browser;

    @BeforeAll
    static void provider() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start(InetAddress.getByName("127.0.0.1"), port);
        String issuer = provider.issuerUrl("members").toString().replaceAll("/$", "");
        node = RunningApplication.singleSignOnNode("", issuer, "memberpulse-console", "console-secret");
    }

    @AfterAll
    static void stop() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentSignsOnThroughTheProviderAndSigningOutEndsBothSessions() throws InterruptedException {
        signOn("agent@demo.test", "demo", "ROLE_CLIENT_USER", "Alex Agent");
        assertTrue(browser.path().startsWith("/console/"), browser.path());
        assertEquals("Alex Agent", browser.text("#user-name"));
        browser.screenshot("sso-agent-console");

        browser.submit("#account\\:logout");
        browser.find("#login\\:submit");
        assertEquals("/login", browser.path());
        browser.open(node.resolve("/console/queue"));
        assertEquals("/login", browser.path(), "signed out here");
        assertTrue(providerSignedOut(), "the browser went through the provider's sign-out with its ID token");
    }

    /** Whether the provider was asked to end the session of an ID token, among the requests it received. */
    private static boolean providerSignedOut() throws InterruptedException {
        for (RecordedRequest request = provider.takeRequest(5, TimeUnit.SECONDS); request != null;
                request = provider.takeRequest(1, TimeUnit.SECONDS)) {
            String path = String.valueOf(request.getPath());
            if (path.startsWith("/members/endsession") && path.contains("id_token_hint=ey")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aMemberSignsOnAndLandsInThePortal() {
        signOn("member@demo.test", "demo", "ROLE_MEMBER", "Morgan Member");
        assertTrue(browser.path().startsWith("/portal/"), browser.path());
        assertEquals("Morgan Member", browser.text("#user-name"));
    }

    @Test
    void aUserOfAnotherClientOrOfNoneIsTurnedAway() {
        signOn("agent@acme.test", "demo", "ROLE_CLIENT_USER", "Arnold Acme");
        assertEquals("/login", browser.path());
        assertTrue(browser.text("#login\\:messages").contains("does not name an account of this service"),
                browser.text("#login\\:messages"));
        browser.open(node.resolve("/console/queue"));
        assertEquals("/login", browser.path(), "not signed in");

        signOn("agent@demo.test", "no-such-client", "ROLE_CLIENT_USER", "Alex Agent");
        assertEquals("/login", browser.path());
        assertTrue(browser.text("#login\\:messages").contains("does not name an account of this service"));
    }

    /** The sign-in page's button, then the provider's own form: a subject and the claims it vouches for. */
    private void signOn(String email, String client, String role, String name) {
        browser.open(node.resolve("/login"));
        browser.click("#login\\:sso");
        browser.driver.findElement(By.name("username")).sendKeys(email);
        browser.driver.findElement(By.name("claims")).sendKeys(Json.createObjectBuilder().add("email", email)
                .add("name", name).add("client", client).add("groups", Json.createArrayBuilder().add(role))
                .build().toString());
        browser.submit("input[type=submit]");
        // the provider sends the browser to our callback, which sends it on: wait for where it ends
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            String path = URI.create(d.getCurrentUrl()).getPath();
            return path.startsWith("/console/") || path.startsWith("/portal/") || path.equals("/login");
        });
        browser.idle();
    }
}
