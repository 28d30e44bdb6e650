package io.memberpulse.support.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.demo.boundary.DemoTickets;
import io.memberpulse.support.knowledge.control.ArticleRanking.Candidate;
import io.memberpulse.support.knowledge.control.ArticleRanking.Match;
import io.memberpulse.support.platform.control.RichText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search quality over the demo help centre with the real model: each article is found in the top 3 by a question
 * in other words than its own, among near neighbours (password / two-factor / locked; invoice / refund / payment;
 * course certificate / CPD statement).
 */
class ArticleSearchQualityTest {

    private static final Embedder EMBEDDER = new Embedder();
    private static final List<Candidate> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void embedTheHelpCentre() throws Exception {
        try (InputStream in = DemoTickets.class.getResourceAsStream("articles.json");
                JsonReader reader = Json.createReader(in)) {
            for (JsonObject article : reader.readArray().getValuesAs(JsonObject.class)) {
                String plain = RichText.plain(RichText.sanitise(article.getString("body")));
                List<String> tags = article.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                String title = article.getString("title");
                ARTICLES.add(new Candidate(UUID.nameUUIDFromBytes(title.getBytes()), title,
                        String.join(" ", tags) + " " + plain, tags,
                        EMBEDDER.embed(ArticleRanking.embeddingText(title, plain))));
            }
        }
    }

    @Test
    void aParaphrasedQuestionFindsItsArticleInTheTopThree() throws Exception {
        JsonObject paraphrases;
        try (InputStream in = getClass().getResourceAsStream("paraphrases.json");
                JsonReader reader = Json.createReader(in)) {
            paraphrases = reader.readObject();
        }
        assertEquals(ARTICLES.size(), paraphrases.size(), "one paraphrase per article");
        Map<UUID, String> titles = ARTICLES.stream().collect(Collectors.toMap(Candidate::id, Candidate::title));
        List<String> misses = new ArrayList<>();
        int first = 0;
        for (String title : paraphrases.keySet()) {
            for (JsonString question : paraphrases.getJsonArray(title).getValuesAs(JsonString.class)) {
                List<String> top = ArticleRanking.rank(question.getString(), EMBEDDER.embed(question.getString()),
                        ARTICLES, 3).stream().map(Match::id).map(titles::get).toList();
                if (!top.contains(title)) {
                    misses.add("'" + question.getString() + "' -> " + top + " (wanted " + title + ")");
                } else if (top.get(0).equals(title)) {
                    first++;
                }
            }
        }
        System.out.println("search quality: " + first + " of " + paraphrases.size() + " first, misses " + misses);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    @Test
    void aQuestionOnNothingTheHelpCentreCoversFindsNothing() {
        String question = "Which football team won the league last season?";
        assertEquals(List.of(), ArticleRanking.rank(question, EMBEDDER.embed(question), ARTICLES, 3));
    }

    @Test
    void anExactTermBreaksATieOfMeaning() {
        String question = "invoice with VAT number";
        List<Match> top = ArticleRanking.rank(question, EMBEDDER.embed(question), ARTICLES, 3);
        assertEquals("Get an invoice with your company's VAT number",
                ARTICLES.stream().filter(a -> a.id().equals(top.get(0).id())).findFirst().orElseThrow().title());
    }

    @Test
    void wordsAreFoldedToTheirStem() {
        assertEquals(List.of("reset", "password", "lock", "account", "invoice"),
                ArticleRanking.terms("Resetting my passwords; locked accounts, invoices"));
    }
}
