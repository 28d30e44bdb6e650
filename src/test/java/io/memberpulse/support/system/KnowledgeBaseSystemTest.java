package io.memberpulse.support.system;

import static io.memberpulse.support.system.Api.get;
import static io.memberpulse.support.system.Api.postJson;
import static io.memberpulse.support.system.Api.putJson;
import static io.memberpulse.support.system.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The help centre through the API: administrators write, members find published articles by meaning. */
@ExtendWith(RunningApplication.class)
class KnowledgeBaseSystemTest {

    private static List<String> titles(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream().map(a -> a.getString("title"))
                .toList();
    }

    private static String q(String question) {
        return URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    @Test
    void aMemberFindsAPublishedArticleByMeaningAndNeverADraft() {
        String admin = token("demo", "admin@demo.test");
        String member = token("demo", "member@demo.test");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Parking at the annual conference " + marker;
        Api.Reply created = postJson("/api/knowledge/articles", admin, "{\"title\":\"" + title + "\",\"body\":"
                + "\"<p>The venue has 300 car spaces; book one with your ticket.</p><script>alert(1)</script>\","
                + "\"tags\":[\"Events\",\"parking\"]}");
        assertEquals(201, created.status(), created.body());
        JsonObject article = created.json();
        String id = article.getString("id");
        assertFalse(article.getBoolean("published"), "a draft unless published");
        assertFalse(article.getString("body").contains("script"), article.getString("body"));
        assertEquals(List.of("events", "parking"), article.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        String question = q("where can I leave my car during the congress");
        assertFalse(titles(get("/api/support/articles?q=" + question, member)).contains(title), "drafts stay hidden");
        Problems.assertProblem(get("/api/support/articles/" + id, member), 404);
        assertTrue(titles(get("/api/knowledge/articles?q=" + question, admin)).contains(title), "staff find drafts");

        Api.Reply published = putJson("/api/knowledge/articles/" + id, admin, "{\"title\":\"" + title + "\",\"body\":"
                + "\"<p>The venue has 300 car spaces; book one with your ticket.</p>\",\"tags\":[\"parking\"],"
                + "\"published\":true}");
        assertEquals(200, published.status(), published.body());
        List<String> found = titles(get("/api/support/articles?q=" + question, member));
        assertEquals(title, found.get(0), found.toString());

        JsonObject read = get("/api/support/articles/" + id, member).json();
        assertTrue(read.getString("body").contains("300 car spaces"));
        assertEquals(200, postJson("/api/support/articles/" + id + "/rating", member, "{\"helped\":true}").status());
        JsonObject counted = get("/api/knowledge/articles/" + id, admin).json();
        assertEquals(1, counted.getInt("viewCount"));
        assertEquals(1, counted.getInt("helpedCount"));
        assertEquals(published.json().getInt("version"), counted.getInt("version"), "reads do not move the version");

        String acmeMember = token("acme", "member@acme.test");
        Problems.assertProblem(get("/api/support/articles/" + id, acmeMember), 404);
        Problems.assertProblem(get("/api/knowledge/articles/" + id, token("acme", "admin@acme.test")), 404);
        assertFalse(titles(get("/api/support/articles?q=" + question, acmeMember)).contains(title));

        assertEquals(204, Api.send("DELETE", "/api/knowledge/articles/" + id, admin, null, null).status());
        Problems.assertProblem(get("/api/knowledge/articles/" + id, admin), 404);
    }

    @Test
    void theDemoHelpCentreAnswersQuestionsInOtherWords() {
        String member = token("demo", "member@demo.test");
        List<String> found = titles(get("/api/support/articles?q=" + q("the text with my login number never arrives"),
                member));
        assertTrue(found.subList(0, 3).contains("Two-factor sign-in codes"), found.toString());
        assertEquals("Refund a duplicate payment",
                titles(get("/api/support/articles?q=" + q("I was billed twice for the same renewal"), member)).get(0));
        assertEquals(List.of(), titles(get("/api/support/articles?q=" + q("best pizza recipe"), member)));
        assertTrue(titles(get("/api/support/articles", member)).contains("Reset your password"),
                "without a question: the popular articles");
    }

    @Test
    void badInputIsAClearProblemAndWritingIsForAdministrators() {
        String admin = token("demo", "admin@demo.test");
        String agent = token("demo", "agent@demo.test");
        String member = token("demo", "member@demo.test");
        Problems.assertProblem(postJson("/api/knowledge/articles", admin, "{\"title\":\"\",\"body\":\"<p>x</p>\"}"), 422);
        Problems.assertProblem(postJson("/api/knowledge/articles", admin, "{\"title\":\"t\",\"body\":\"<script></script>\"}"),
                422);
        Problems.assertProblem(postJson("/api/knowledge/articles", admin, "{\"title\":\"t\",\"body\":\"b\",\"categoryId\":\""
                + UUID.randomUUID() + "\"}"), 422);
        Problems.assertProblem(postJson("/api/knowledge/articles", admin, "{\"title\":"), 400);
        Problems.assertProblem(postJson("/api/knowledge/articles", agent, "{\"title\":\"t\",\"body\":\"b\"}"), 403);
        Problems.assertProblem(get("/api/knowledge/articles", member), 403);
        Problems.assertProblem(get("/api/support/articles?q=", member), 422);
        Problems.assertProblem(get("/api/support/articles?q=" + "x".repeat(501), member), 422);
        Problems.assertProblem(postJson("/api/support/articles/" + UUID.randomUUID() + "/rating", member,
                "{\"helped\":true}"), 404);
        assertEquals(200, get("/api/knowledge/articles", agent).status(), "staff read every article");
    }
}
