package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pages fetched as a browser fetches them, without one: signed in through the sign-in form, a cookie jar. */
final class SignedInPages {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]* value=\"([^\"]+)\"");

    private SignedInPages() {
    }

    /** A client whose cookie jar keeps the session of this person's sign-in. */
    static HttpClient signedIn(String client, String email) throws Exception {
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

    static HttpResponse<String> page(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(RunningApplication.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
