package io.memberpulse.support.ai.control;

import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;
import io.memberpulse.support.ai.control.LocalAssistant.Citation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Any chat-completions endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio), configured by the operator:
 * {@code MEMBERPULSE_AI_BASE_URL} (up to {@code /v1}), {@code MEMBERPULSE_AI_MODEL}, {@code MEMBERPULSE_AI_API_KEY},
 * {@code MEMBERPULSE_AI_TIMEOUT_MS}. It asks for a JSON object and checks the answer against the shapes of
 * {@link LocalAssistant}; a timeout, an error status, a malformed or out-of-shape answer is a failure: retried once,
 * counted by a circuit breaker (open after half of four calls failed, for a minute), and answered by the built-in
 * provider meanwhile. What it sends has been through {@link PiiRedactor}, and is again here; internal notes go into
 * a summary's input (staff read it) but never into a draft's.
 */
@ApplicationScoped
public class OpenAiCompatibleProvider implements AiProvider {

    public static final String NAME = "openai-compatible";
    static final String FALLBACK = "local (fallback)";

    private static final String SUMMARY_INSTRUCTIONS = "You summarise a support ticket of a membership association "
            + "for the agent who must act on it. Answer with one JSON object only: {\"summary\": string, "
            + "\"keyPoints\": [string], \"sentiment\": one of positive|neutral|confused|frustrated|angry (the "
            + "member's, from their messages and how they change), \"sentimentConfidence\": number 0-1, "
            + "\"suggestedActions\": [string]}. summary, keyPoints and suggestedActions together at most "
            + LocalAssistant.WORD_LIMIT + " words. Use only facts in the ticket; keep numbers exact.";
    private static final String DRAFT_INSTRUCTIONS = "You draft a reply from a support agent of a membership "
            + "association to a member. Answer with one JSON object only: {\"draft\": string, \"confidence\": number "
            + "0-1, \"clarifyingQuestions\": [string]}. Use the tone given, address the member by first name, sign "
            + "with the agent's name, quote the steps of the article given when it answers the question and name its "
            + "title; ask clarifying questions when the member's messages are too vague to answer. Never promise "
            + "what the ticket does not say.";

    @Inject
    @ConfigProperty(name = "memberpulse.ai.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "memberpulse.ai.model", defaultValue = "gpt-4o-mini")
    String model;

    @Inject
    @ConfigProperty(name = "memberpulse.ai.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "memberpulse.ai.timeout-ms", defaultValue = "15000")
    long timeoutMillis;

    @Inject
    LocalProvider local;

    @Inject
    AssistantMetrics metrics;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The operator gave an endpoint. */
    public boolean configured() {
        return baseUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /** A failed call: no answer, an error status, or an answer out of shape. */
    public static class ProviderFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProviderFailure(String message) {
            super(message);
        }
    }

    @Override
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 60_000)
    @Fallback(fallbackMethod = "localSummary")
    public Answer<LocalAssistant.Summary> summarise(Conversation ticket, ArticleHit article) {
        JsonObject answer = complete(SUMMARY_INSTRUCTIONS, input(ticket, true, article, null, null));
        return new Answer<>(summaryOf(answer), NAME);
    }

    @Override
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 60_000)
    @Fallback(fallbackMethod = "localDraft")
    public Answer<LocalAssistant.Draft> draft(Conversation ticket, String tone, ArticleHit article, String agentName) {
        JsonObject answer = complete(DRAFT_INSTRUCTIONS, input(ticket, false, article, tone, agentName));
        return new Answer<>(draftOf(answer, tone, article), NAME);
    }

    public Answer<LocalAssistant.Summary> localSummary(Conversation ticket, ArticleHit article) {
        metrics.count("provider_fallbacks");
        return new Answer<>(local.summarise(ticket, article).result(), FALLBACK);
    }

    public Answer<LocalAssistant.Draft> localDraft(Conversation ticket, String tone, ArticleHit article, String agentName) {
        metrics.count("provider_fallbacks");
        return new Answer<>(local.draft(ticket, tone, article, agentName).result(), FALLBACK);
    }

    /** What the model reads: the ticket (PII removed again, to be sure), the article, the tone. */
    static String input(Conversation ticket, boolean withInternalNotes, ArticleHit article, String tone,
            String agentName) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (Conversation.Message m : ticket.messages()) {
            if (m.internal() && !withInternalNotes) {
                continue;
            }
            messages.add(Json.createObjectBuilder().add("from", m.fromMember() ? "member" : "agent")
                    .add("name", m.who()).add("internalNote", m.internal()).add("at", m.at().toString())
                    .add("text", PiiRedactor.clean(m.text())));
        }
        var input = Json.createObjectBuilder().add("ticket", ticket.number())
                .add("subject", PiiRedactor.clean(ticket.subject())).add("category", ticket.category())
                .add("priority", ticket.priority()).add("status", ticket.status())
                .add("member", ticket.memberName()).add("messages", messages);
        if (article != null) {
            input.add("article", Json.createObjectBuilder().add("title", article.title())
                    .add("steps", Json.createArrayBuilder(article.steps())));
        }
        if (tone != null) {
            input.add("tone", tone).add("agent", agentName);
        }
        return input.build().toString();
    }

    private JsonObject complete(String instructions, String input) {
        String body = Json.createObjectBuilder().add("model", model).add("temperature", 0)
                .add("response_format", Json.createObjectBuilder().add("type", "json_object"))
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", instructions))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", input)))
                .build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.orElseThrow().replaceAll("/+$", "")
                + "/chat/completions")).timeout(Duration.ofMillis(timeoutMillis))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        apiKey.filter(key -> !key.isBlank()).ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failure("no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted");
        }
        if (response.statusCode() != 200) {
            throw failure("status " + response.statusCode());
        }
        try {
            JsonObject completion = Json.createReader(new StringReader(response.body())).readObject();
            String content = completion.getJsonArray("choices").getJsonObject(0).getJsonObject("message")
                    .getString("content");
            return Json.createReader(new StringReader(content.strip())).readObject();
        } catch (JsonParsingException | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw failure("an answer out of shape");
        }
    }

    private ProviderFailure failure(String what) {
        metrics.count("provider_failures");
        return new ProviderFailure("The AI provider failed: " + what + ".");
    }

    /** The answer checked against the summary's shape; over 100 words, the last points and actions go. */
    LocalAssistant.Summary summaryOf(JsonObject answer) {
        String summary = text(answer, "summary");
        List<String> points = texts(answer, "keyPoints");
        List<String> actions = texts(answer, "suggestedActions");
        String sentiment = text(answer, "sentiment").toLowerCase(Locale.ROOT);
        if (!List.of("positive", "neutral", "confused", "frustrated", "angry").contains(sentiment)) {
            throw failure("an unknown sentiment");
        }
        double confidence = answer.get("sentimentConfidence") instanceof JsonNumber n ? n.doubleValue() : 0.7;
        if (confidence < 0 || confidence > 1 || LocalAssistant.words(summary) > LocalAssistant.WORD_LIMIT) {
            throw failure("an answer out of shape");
        }
        LocalAssistant.Summary result = new LocalAssistant.Summary(summary, points, sentiment, confidence, actions);
        while (result.words() > LocalAssistant.WORD_LIMIT && !(points.isEmpty() && actions.isEmpty())) {
            if (!actions.isEmpty()) {
                actions.remove(actions.size() - 1);
            } else {
                points.remove(points.size() - 1);
            }
            result = new LocalAssistant.Summary(summary, List.copyOf(points), sentiment, confidence,
                    List.copyOf(actions));
        }
        return result;
    }

    LocalAssistant.Draft draftOf(JsonObject answer, String tone, ArticleHit article) {
        String draft = text(answer, "draft");
        double confidence = answer.get("confidence") instanceof JsonNumber n ? n.doubleValue() : -1;
        if (confidence < 0 || confidence > 1) {
            throw failure("an answer out of shape");
        }
        List<Citation> citations = article == null ? List.of()
                : List.of(new Citation(article.id(), article.title(), String.join(" ", article.steps())));
        return new LocalAssistant.Draft(PiiRedactor.clean(draft), confidence, tone, citations,
                answer.containsKey("clarifyingQuestions") ? texts(answer, "clarifyingQuestions") : List.of());
    }

    private String text(JsonObject answer, String field) {
        if (!(answer.get(field) instanceof JsonString s) || s.getString().isBlank()) {
            throw failure("an answer without " + field);
        }
        return s.getString().strip();
    }

    private List<String> texts(JsonObject answer, String field) {
        if (!(answer.get(field) instanceof JsonArray array)) {
            throw failure("an answer without " + field);
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString s)) {
                throw failure("an answer with a non-text " + field);
            }
            texts.add(s.getString().strip());
        }
        return texts;
    }
}
