package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One agent opening the same ticket several times at once (two tabs, a double click, the benchmark's eight
 * clients on one session): each page must come up. The first view of a ticket records the viewer, and two
 * first views used to insert the same row; one of them got the error page.
 */
@ExtendWith(RunningApplication.class)
class ConcurrentConsoleSystemTest {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]* value=\"([^\"]+)\"");

    @Test
    void theSameTicketOpenedEightTimesAtOnceComesUpEachTime() throws Exception {
        HttpClient agent = signedIn("demo", "agent@demo.test");
        String member = token("demo", "member@demo.test");
        for (int round = 0; round < 3; round++) {
            String number = TicketFixtures.submit(member, "Opened in many tabs " + round).getString("number");
            List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
            for (int tab = 0; tab < 8; tab++) {
                pages.add(agent.sendAsync(HttpRequest.newBuilder(RunningApplication.uri(
                        "/console/ticket?number=" + number)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> page : pages) {
                HttpResponse<String> response = page.get();
                assertEquals(200, response.statusCode(), number);
                assertFalse(response.body().contains("Something went wrong"), "the error page for " + number);
                assertFalse(response.body().contains("id=\"login\""), "signed out for " + number);
            }
        }
    }

    /** A browser-like client signed in through the sign-in form; its cookie jar keeps the session. */
    private static HttpClient signedIn(String client, String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = http.send(HttpRequest.newBuilder(RunningApplication.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(form);
        if (!state.find()) {
            throw new AssertionError("no view state on the sign-in page");
        }
        String body = String.join("&", "login=login", field("login:client", client), field("login:email", email),
                field("login:password", Api.PASSWORD), field("login:next", ""), field("login:submit", ""),
                field("jakarta.faces.ViewState", state.group(1)));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(RunningApplication.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(signedIn.body().contains("id=\"login\""), "the sign-in did not take: " + signedIn.body());
        return http;
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
