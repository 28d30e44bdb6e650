package io.memberpulse.support.ai.control;

import io.memberpulse.support.ai.control.Conversation.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Seed 000's conversation summary for a long thread: a timeline of who did what, the attempts to resolve it, how the
 * member's mood went, and the decisions taken (status, priority, assignment, due date). Built from the thread and
 * the history; every line shortened, PII already removed from what it reads.
 */
public final class ConversationDigest {

    private static final int WORDS = 16;
    private static final Pattern ATTEMPT = Pattern.compile("(?i)\\b(try|tried|could you|please|we have|we've|i have|"
            + "i've|reinstall\\w*|reset|clear\\w*|removed|added|refund\\w*|unlock\\w*|changed|re-?issued|passed|"
            + "corrected|fixed|allow\\w*|update\\w*)\\b");

    /** A history entry already put in words: "Status In progress → Resolved: refund sent". */
    public record Decision(Instant at, String who, String what) {
    }

    public record Entry(Instant at, String who, String what) {
    }

    public record Digest(List<Entry> timeline, List<String> resolutionAttempts, Sentiment.Reading memberSentiment,
            List<String> keyDecisions) {
    }

    private ConversationDigest() {
    }

    public static Digest of(Conversation ticket, List<Decision> decisions) {
        List<Entry> timeline = new ArrayList<>();
        List<String> attempts = new ArrayList<>();
        for (Message message : ticket.messages()) {
            String gist = firstSentence(message.text());
            String who = message.fromMember() ? message.who() + " (member)" : message.who();
            timeline.add(new Entry(message.at(), who, (message.internal() ? "internal note: " : "") + gist));
            if (!message.fromMember() && !message.internal() && ATTEMPT.matcher(message.text()).find()) {
                attempts.add(message.who() + ": " + gist);
            }
        }
        for (Decision decision : decisions) {
            timeline.add(new Entry(decision.at(), decision.who(), decision.what()));
        }
        timeline.sort(Comparator.comparing(Entry::at));
        return new Digest(timeline, attempts, Sentiment.of(ticket.memberTexts()),
                decisions.stream().map(d -> d.what() + (d.who() == null ? "" : " (" + d.who() + ")")).toList());
    }

    private static String firstSentence(String text) {
        String first = text.strip().split("(?<=[.!?])\\s+", 2)[0];
        String[] words = first.split("\\s+");
        return words.length <= WORDS ? first : String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + "…";
    }
}
