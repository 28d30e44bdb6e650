package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, sign-out and the two areas, in a real browser. */
@ExtendWith(RunningApplication.class)
class SignInBrowserSystemTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theConsoleSendsAStrangerToSignInAndBackAfterwards() {
        browser.open("/console/");
        assertEquals("/login", browser.path());
        browser.signIn("demo", "agent@demo.test", Api.PASSWORD);

        assertEquals("Alex Agent", browser.text("#user-name"));
        assertEquals("Demo Association of Professionals", browser.text("#client-name"));
        assertEquals("support agent", browser.text("#role"));
        assertTrue(Long.parseLong(browser.text("#queue-active")) > 0, "the demo queue has active tickets");
        assertTrue(browser.text("#queue-needs-response").matches("\\d+"));
        assertTrue(browser.path().startsWith("/console/"), browser.path());
        browser.screenshot("console-home");

        browser.submit("#account\\:logout");
        browser.find("#login\\:submit");
        assertEquals("/login", browser.path());
        browser.open("/console/");
        assertEquals("/login", browser.path());
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhich() {
        browser.open("/login");
        browser.signIn("demo", "agent@demo.test", "wrong-password");
        assertTrue(browser.text("#login\\:messages").contains("Wrong e-mail or password."));
        browser.screenshot("login-wrong-password");

        browser.signIn("demo", "nobody@demo.test", "wrong-password");
        assertTrue(browser.text("#login\\:messages").contains("Wrong e-mail or password."));
        assertEquals("/login", browser.path());
    }

    @Test
    void emptyFieldsAreNamedInline() {
        browser.open("/login");
        browser.type("#login\\:client", "");
        browser.submit("#login\\:submit");
        assertTrue(browser.text("#login\\:messages").contains("Enter your e-mail address."));
        assertTrue(browser.text("#login\\:messages").contains("Enter your password."));
    }

    @Test
    void aMemberGetsThePortalAndIsKeptOutOfTheConsole() {
        browser.open("/");
        browser.signIn("demo", "member@demo.test", Api.PASSWORD);
        assertTrue(browser.path().startsWith("/portal/"), browser.path());
        assertTrue(browser.text("#welcome").contains("Morgan Member"));
        assertTrue(browser.text("#my-tickets").contains("TKT-"), "the member's own tickets are listed");
        browser.screenshot("portal-home");

        browser.open("/console/");
        assertEquals("Not for your account", browser.text("h1"));
        assertFalse(browser.text("body").contains("Exception"));
    }

    @Test
    void aFormPostWithoutTheViewStateChangesNothing() throws Exception {
        browser.open("/console/");
        browser.signIn("demo", "admin@demo.test", Api.PASSWORD);
        browser.find("#account-count");
        String session = browser.cookie("JSESSIONID");

        // what a forged cross-site form would send: the session cookie, but not the page's view state
        String form = "account=account&" + URLEncoder.encode("account:logout", StandardCharsets.UTF_8)
                + "=&jakarta.faces.ViewState=" + URLEncoder.encode("-123:456", StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(
                        RunningApplication.uri("/console/index").toString()))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.body().contains("This page has expired"), forged.statusCode() + " " + forged.body());

        browser.open("/console/");
        assertEquals("Dana Admin", browser.text("#user-name"));
    }
}
