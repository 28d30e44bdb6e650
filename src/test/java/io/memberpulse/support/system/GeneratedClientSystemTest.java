package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.client.ApiClient;
import io.memberpulse.support.client.ApiException;
import io.memberpulse.support.client.api.MemberTicketsApi;
import io.memberpulse.support.client.api.SignInApi;
import io.memberpulse.support.client.api.StaffTicketsApi;
import io.memberpulse.support.client.model.CategoryOption;
import io.memberpulse.support.client.model.MemberDetail;
import io.memberpulse.support.client.model.Message;
import io.memberpulse.support.client.model.NewResponse;
import io.memberpulse.support.client.model.Page;
import io.memberpulse.support.client.model.StaffDetail;
import io.memberpulse.support.client.model.Submission;
import io.memberpulse.support.client.model.Submitted;
import io.memberpulse.support.client.model.TokenRequest;
import io.memberpulse.support.client.model.Update;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API description is a contract: the build saves what /openapi serves and generates a Java client from it with
 * openapi-generator (ear/pom.xml); this test uses only that client, as a customer's integration would. It also lints
 * the served description with Spectral's {@code spectral:oas} rules and allows no error.
 */
@ExtendWith(RunningApplication.class)
class GeneratedClientSystemTest {

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningApplication.uri("").toString());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String signIn(String client, String email) throws ApiException {
        return new SignInApi(client(null)).issueToken(new TokenRequest().client(client).email(email)
                .password(Api.PASSWORD)).getAccessToken();
    }

    @Test
    void aMemberSubmitsAndAnAgentFindsAndAnswersThroughTheGeneratedClient() throws Exception {
        MemberTicketsApi member = new MemberTicketsApi(client(signIn("demo", "member@demo.test")));
        StaffTicketsApi agent = new StaffTicketsApi(client(signIn("demo", "agent@demo.test")));
        String marker = "contract" + UUID.randomUUID().toString().substring(0, 8);

        CategoryOption category = member.listMemberCategories().get(0);
        Submitted submitted = member.submitTicket(UUID.randomUUID().toString(), new Submission()
                .subject("Generated client " + marker).description("<p>Sent by the generated client</p>")
                .categoryId(category.getId()).priority("MEDIUM"));
        assertTrue(submitted.getNumber().startsWith("TKT-"), submitted.toString());
        assertTrue(member.listMyTickets(20).stream().anyMatch(t -> t.getId().equals(submitted.getId())));

        Page page = agent.listTickets(null, null, null, null, null, null, null, null, null, null, null, marker, null,
                null, null, 10);
        assertEquals(List.of(submitted.getId()), page.getItems().stream().map(t -> t.getId()).toList());
        assertEquals("NORMAL", page.getItems().get(0).getPriority());

        StaffDetail detail = agent.getTicket(submitted.getId());
        assertEquals(submitted.getNumber(), detail.getNumber());
        Message reply = agent.respondToTicket(submitted.getId(), new NewResponse()
                .body("<p>Answered through the contract</p>").statusAfter("WAITING_ON_MEMBER"));
        assertFalse(reply.getInternal());
        agent.respondToTicket(submitted.getId(), new NewResponse().body("<p>contract note</p>").isInternal(true));
        agent.updateTicket(submitted.getId(), null, new Update().tags(List.of("Contract")));
        assertEquals(List.of("contract"), List.copyOf(agent.getTicket(submitted.getId()).getTags()));

        MemberDetail seen = member.getMyTicket(submitted.getId());
        assertEquals("WAITING_ON_MEMBER", seen.getStatus());
        List<String> bodies = seen.getThread().stream().map(Message::getBody).toList();
        assertTrue(bodies.contains("<p>Answered through the contract</p>"), bodies.toString());
        assertFalse(bodies.toString().contains("contract note"));

        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> member.getMyTicket(UUID.randomUUID()));
        assertEquals(404, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
    }

    @Test
    void theServedDescriptionLintsWithoutErrors() throws Exception {
        Path description = Path.of("target", "openapi", "openapi.yaml");
        Files.createDirectories(description.getParent());
        Files.writeString(description, Api.get("/openapi", null).body());
        Path spectral = spectral();
        Path ruleset = description.resolveSibling(".spectral.yaml");
        Files.writeString(ruleset, "extends: [\"spectral:oas\"]\n");
        Path report = description.resolveSibling("spectral.txt");
        Process lint = new ProcessBuilder(spectral.toString(), "lint", description.toString(), "--ruleset",
                ruleset.toString(), "--fail-severity", "error").redirectErrorStream(true)
                .redirectOutput(report.toFile()).start();
        assertTrue(lint.waitFor(3, TimeUnit.MINUTES), "spectral did not finish");
        assertEquals(0, lint.exitValue(), Files.readString(report));
    }

    /** Spectral from the npm registry, installed once under target/ (skipped where there is no npm at all). */
    private static Path spectral() throws IOException, InterruptedException {
        Path home = Path.of("target", "spectral").toAbsolutePath();
        Path binary = home.resolve("node_modules/.bin/spectral");
        if (!Files.isExecutable(binary)) {
            boolean npm = new ProcessBuilder("sh", "-c", "command -v npm").start().waitFor() == 0;
            Assumptions.assumeTrue(npm, "npm is needed to fetch Spectral (the CI installs Node.js)");
            Files.createDirectories(home);
            Process install = new ProcessBuilder("npm", "install", "--prefix", home.toString(), "--no-audit",
                    "--no-fund", "@stoplight/spectral-cli@6.16.3").redirectErrorStream(true)
                    .redirectOutput(home.resolve("npm.log").toFile()).start();
            assertTrue(install.waitFor(5, TimeUnit.MINUTES), "npm install of Spectral did not finish");
            assertEquals(0, install.exitValue(), Files.readString(home.resolve("npm.log")));
        }
        return binary;
    }
}
