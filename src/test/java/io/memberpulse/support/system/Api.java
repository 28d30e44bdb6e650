package io.memberpulse.support.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A small API client, as any caller of ours would write one: JSON in, JSON out, a bearer token. */
public final class Api {

    public static final String PASSWORD = "demo-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    public record Reply(int status, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.read();
            }
        }

        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    public static Reply send(String method, String path, String token, String contentType, String body,
            String... headers) {
        return send(RunningApplication.uri(path), method, token, contentType, body, headers);
    }

    /** A request to another node than the shared one (a fresh node, a second node). */
    public static Reply send(URI target, String method, String token, String contentType, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public static Reply postJson(String path, String token, String json) {
        return send("POST", path, token, "application/json", json);
    }

    public static Reply putJson(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json);
    }

    public static Reply signIn(String client, String email, String password) {
        return postJson("/api/auth/token", null, Json.createObjectBuilder()
                .add("client", client).add("email", email).add("password", password).build().toString());
    }

    /** A bearer token for one of the demo accounts. */
    public static String token(String client, String email) {
        Reply reply = signIn(client, email, PASSWORD);
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + email + " failed: " + reply.status() + " " + reply.body());
        }
        return reply.json().getString("accessToken");
    }
}
