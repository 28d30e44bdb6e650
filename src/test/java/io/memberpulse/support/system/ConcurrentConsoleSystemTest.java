package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One agent opening the same ticket several times at once (two tabs, a double click, the benchmark's eight
 * clients on one session): each page must come up. The first view of a ticket records the viewer, and two
 * first views used to insert the same row; one of them got the error page.
 */
@ExtendWith(RunningApplication.class)
class ConcurrentConsoleSystemTest {

    @Test
    void theSameTicketOpenedEightTimesAtOnceComesUpEachTime() throws Exception {
        HttpClient agent = SignedInPages.signedIn("demo", "agent@demo.test");
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
}
