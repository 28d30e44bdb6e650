package io.memberpulse.support.ai.control;

import io.memberpulse.support.ai.control.Conversation.Message;
import io.memberpulse.support.platform.control.RichText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in provider: offline and deterministic. Summaries are extractive (the member's own most informative
 * sentences, never invented facts) and within {@link #WORD_LIMIT} words together with the key points and actions;
 * drafts are composed from the ticket's facts, the member's name, the tone and the best-matching article's steps,
 * cited. Nothing here sees an internal note's text when drafting.
 */
public final class LocalAssistant {

    public static final int WORD_LIMIT = 100;

    /** An article the caller found for the ticket, with its steps as plain sentences. */
    public record ArticleHit(String id, String title, List<String> steps, double score) {
    }

    public record Summary(String summary, List<String> keyPoints, String sentiment, double sentimentConfidence,
            List<String> suggestedActions) {
        public int words() {
            return LocalAssistant.words(summary) + keyPoints.stream().mapToInt(LocalAssistant::words).sum()
                    + suggestedActions.stream().mapToInt(LocalAssistant::words).sum();
        }
    }

    public record Citation(String articleId, String title, String passage) {
    }

    public record Draft(String draft, double confidence, String tone, List<Citation> citations,
            List<String> clarifyingQuestions) {
    }

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern INFORMATIVE = Pattern.compile("(?i)\\b(error|fail\\w*|cannot|can'?t|won'?t|doesn'?t|"
            + "does not|not working|invalid|missing|charged|twice|refund|locked|expired|crash\\w*|freez\\w*|wrong|"
            + "never|since|after|instead|need|deadline|by \\w+day)\\b|\\d");
    private static final Pattern SPECIFIC = Pattern.compile("(?i)\\d|\\b(error|invalid|charged|refund|locked|expired|"
            + "crash\\w*|freez\\w*|missing|message|code|page|screen|invoice|certificate|badge|password|login|sign)\\b");
    private static final Set<String> VAGUE = Set.of("help", "problem", "issue", "broken", "doesn't work",
            "does not work", "not working", "it", "urgent", "asap");

    private static final Pattern ITEM = Pattern.compile("(?is)<li[^>]*>(.*?)</li>");

    private LocalAssistant() {
    }

    /** What the help centre is asked for a ticket: its subject and opening, PII removed, within the search's limit. */
    public static String question(String subject, String openingPlainText, int limit) {
        String question = PiiRedactor.clean(subject + ". " + openingPlainText).strip();
        return question.substring(0, Math.min(question.length(), limit));
    }

    /** An article's steps: its list items, or else its whole text as one step. */
    public static List<String> steps(String articleHtml) {
        List<String> steps = new ArrayList<>();
        Matcher item = ITEM.matcher(articleHtml);
        while (item.find()) {
            steps.add(RichText.plain(item.group(1)));
        }
        if (steps.isEmpty()) {
            steps.add(RichText.plain(articleHtml));
        }
        return steps;
    }

    public static Summary summarise(Conversation ticket, ArticleHit bestArticle) {
        Sentiment.Reading feeling = Sentiment.of(ticket.memberTexts());
        List<Message> publicMessages = ticket.messages().stream().filter(m -> !m.internal()).toList();
        String summary = ticket.memberFirstName() + " reports: " + stripEnd(ticket.subject()) + " ("
                + ticket.category() + ", " + ticket.priority().toLowerCase(Locale.ROOT) + "). "
                + statusLine(ticket, publicMessages);
        List<String> keyPoints = keyPoints(ticket);
        List<String> actions = actions(ticket, publicMessages, feeling, bestArticle);
        Summary result = new Summary(summary, keyPoints, feeling.label().word(), feeling.confidence(), actions);
        while (result.words() > WORD_LIMIT && (result.keyPoints().size() > 1 || result.suggestedActions().size() > 1)) {
            List<String> points = new ArrayList<>(result.keyPoints());
            List<String> todo = new ArrayList<>(result.suggestedActions());
            if (todo.size() > 1) {
                todo.remove(todo.size() - 1);
            } else {
                points.remove(points.size() - 1);
            }
            result = new Summary(summary, points, result.sentiment(), result.sentimentConfidence(), todo);
        }
        return result;
    }

    private static String statusLine(Conversation ticket, List<Message> publicMessages) {
        String status = ticket.status().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (publicMessages.isEmpty()) {
            return "Status: " + status + ".";
        }
        Message last = publicMessages.get(publicMessages.size() - 1);
        int n = publicMessages.size();
        return "Status: " + status + "; " + n + (n == 1 ? " message" : " messages") + ", last from "
                + (last.fromMember() ? "the member" : last.who()) + ".";
    }

    /**
     * The member's most informative sentences, in thread order: those with numbers, names (capitalised words inside
     * a sentence), errors and what changed, and the opening sentence of the request; at most four, within a budget
     * of words so that the whole summary stays short.
     */
    static List<String> keyPoints(Conversation ticket) {
        record Candidate(int order, String text, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String subject = ticket.subject().toLowerCase(Locale.ROOT);
        int order = 0;
        for (String text : ticket.memberTexts()) {
            for (String sentence : SENTENCE.split(text.strip())) {
                String clean = sentence.strip();
                if (words(clean) < 2 || !seen.add(clean.toLowerCase(Locale.ROOT))
                        || subject.contains(clean.toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", ""))) {
                    continue;
                }
                int score = (int) INFORMATIVE.matcher(clean).results().count() + 2 * names(clean)
                        + (order == 0 ? 3 : 0);
                candidates.add(new Candidate(order++, shorten(clean, 20), score));
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        int budget = 58;
        for (Candidate candidate : candidates.stream().filter(c -> c.score() > 0)
                .sorted(Comparator.comparingInt(Candidate::score).reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::order).reversed()))
                .toList()) {
            if (chosen.size() < 4 && words(candidate.text()) <= budget) {
                chosen.add(candidate);
                budget -= words(candidate.text());
            }
        }
        return chosen.stream().sorted(Comparator.comparingInt(Candidate::order)).map(Candidate::text).toList();
    }

    /** Capitalised words after a sentence's first word (names of people, places, courses, events), and codes. */
    private static int names(String sentence) {
        String[] words = sentence.split("\\s+");
        int names = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("I")) {
                names++;
            } else if (w.contains("@")) {
                names++;
            }
        }
        return Math.min(names, 3);
    }

    private static List<String> actions(Conversation ticket, List<Message> publicMessages, Sentiment.Reading feeling,
            ArticleHit article) {
        List<String> actions = new ArrayList<>();
        boolean closed = ticket.status().equals("RESOLVED") || ticket.status().equals("CLOSED");
        boolean memberWaits = !publicMessages.isEmpty() && publicMessages.get(publicMessages.size() - 1).fromMember();
        if (!ticket.assigned() && !closed) {
            actions.add("Assign the ticket.");
        }
        if (memberWaits && !closed) {
            actions.add("Reply: the member's last message is unanswered.");
        }
        if (feeling.label() == Sentiment.Label.ANGRY || feeling.label() == Sentiment.Label.FRUSTRATED) {
            actions.add("Acknowledge the frustration and give a clear next step.");
        }
        if (feeling.label() == Sentiment.Label.CONFUSED) {
            actions.add("Explain step by step.");
        }
        if (article != null && !closed) {
            actions.add("Point to the article \"" + article.title() + "\".");
        }
        if (ticket.status().startsWith("WAITING")) {
            actions.add("Wait for the answer, then continue.");
        }
        return actions;
    }

    /** A reply for the agent to edit and send; never sent by itself. */
    public static Draft draft(Conversation ticket, String tone, ArticleHit article, String agentName) {
        List<String> memberTexts = ticket.memberTexts();
        String lastWords = memberTexts.isEmpty() ? "" : memberTexts.get(memberTexts.size() - 1);
        boolean vague = vague(ticket.subject() + " " + String.join(" ", memberTexts));
        Sentiment.Reading feeling = Sentiment.of(memberTexts);
        StringBuilder text = new StringBuilder();
        String name = ticket.memberFirstName();
        text.append(switch (tone) {
            case "friendly" -> "Hi " + name + ",\n\nThanks so much for getting in touch about \"" + stripEnd(ticket.subject())
                    + "\".";
            case "concise" -> "Hi " + name + ",\n\nRe \"" + stripEnd(ticket.subject()) + "\" (" + ticket.number() + "):";
            default -> "Dear " + name + ",\n\nThank you for contacting us about \"" + stripEnd(ticket.subject())
                    + "\" (" + ticket.number() + ").";
        });
        if (feeling.label() == Sentiment.Label.ANGRY || feeling.label() == Sentiment.Label.FRUSTRATED) {
            text.append(tone.equals("concise") ? " Sorry for the trouble." : " I am sorry this has taken so much of "
                    + "your time, and I want to get it sorted for you.");
        }
        List<Citation> citations = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        if (article != null && !article.steps().isEmpty()) {
            List<String> steps = article.steps().stream().limit(5).toList();
            text.append(tone.equals("friendly") ? "\n\nHere is what should sort it out:" : "\n\nPlease follow these steps:");
            for (int i = 0; i < steps.size(); i++) {
                text.append("\n").append(i + 1).append(". ").append(steps.get(i));
            }
            text.append("\n\n(From our help article \"").append(article.title()).append("\".)");
            citations.add(new Citation(article.id(), article.title(), String.join(" ", steps)));
        }
        if (vague || article == null) {
            questions.add("Which page or screen were you on when this happened?");
            questions.add("What message did you see, word for word (a screenshot helps)?");
            questions.add("When did it start, and has it worked before?");
            text.append(tone.equals("concise") ? "\n\nTo help quickly, please tell us:" :
                    "\n\nSo that we can help you quickly, could you tell us:");
            questions.forEach(q -> text.append("\n- ").append(q));
        }
        text.append(switch (tone) {
            case "friendly" -> "\n\nJust reply here if anything is unclear, happy to help!\n\nBest wishes,\n";
            case "concise" -> "\n\nThanks,\n";
            default -> "\n\nIf anything remains unclear, please reply to this message.\n\nKind regards,\n";
        }).append(agentName);
        double confidence = article == null ? 0.35 : Math.min(0.9, 0.4 + article.score());
        if (vague) {
            confidence = Math.min(confidence, 0.45);
        }
        String draft = PiiRedactor.clean(text.toString());
        return new Draft(draft, Math.round(confidence * 100) / 100.0, tone, citations, vague ? questions : List.of());
    }

    /** Too little to answer: few words, no number, no named thing or error, mostly words like "problem" or "help". */
    static boolean vague(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        List<String> words = Arrays.stream(lower.split("\\W+")).filter(w -> !w.isEmpty()).toList();
        long specific = words.stream().filter(w -> w.length() > 3 && !VAGUE.contains(w)).count();
        return specific < 5 && !SPECIFIC.matcher(lower).find();
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static String shorten(String sentence, int maxWords) {
        String[] words = sentence.split("\\s+");
        return words.length <= maxWords ? sentence : String.join(" ", Arrays.copyOf(words, maxWords)) + "…";
    }

    private static String stripEnd(String text) {
        return text == null ? "" : text.strip().replaceAll("[.!?]+$", "");
    }
}
