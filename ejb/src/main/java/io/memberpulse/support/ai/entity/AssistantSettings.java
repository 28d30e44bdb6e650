package io.memberpulse.support.ai.entity;

import io.memberpulse.support.platform.entity.RuleViolation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client's assistant settings: the provider (local, or the operator's OpenAI-compatible endpoint), the default
 * tone of drafts, the organisation's terminology (applied to drafts: "member", never "customer") and which
 * features are on. Stored as JSON on the client.
 */
public record AssistantSettings(String provider, String defaultTone, List<Term> terminology, Boolean summary,
        Boolean conversationSummary, Boolean draftResponse) {

    public static final String LOCAL = "local";
    public static final String OPENAI_COMPATIBLE = "openai-compatible";
    public static final List<String> PROVIDERS = List.of(LOCAL, OPENAI_COMPATIBLE);
    public static final List<String> TONES = List.of("professional", "friendly", "concise");
    public static final AssistantSettings DEFAULT = new AssistantSettings(LOCAL, "professional",
            List.of(new Term("member", List.of("customer", "client")), new Term("membership", List.of("subscription"))),
            true, true, true);

    /** Say {@code use} where a draft would say one of {@code insteadOf}. */
    public record Term(String use, List<String> insteadOf) {
    }

    /** This change applied over {@code base}: what it leaves null stays; checked. */
    public AssistantSettings over(AssistantSettings base) {
        String p = provider == null ? base.provider() : provider.strip().toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(p)) {
            throw new RuleViolation("provider", "A provider is one of " + PROVIDERS + ".");
        }
        String tone = defaultTone == null ? base.defaultTone() : tone(defaultTone, "defaultTone");
        List<Term> terms = terminology == null ? base.terminology() : terminology;
        if (terms.size() > 50) {
            throw new RuleViolation("terminology", "At most 50 terms.");
        }
        for (Term term : terms) {
            if (term == null || term.use() == null || term.use().isBlank() || term.use().length() > 60
                    || term.insteadOf() == null || term.insteadOf().isEmpty()
                    || term.insteadOf().stream().anyMatch(w -> w == null || w.isBlank() || w.length() > 60)) {
                throw new RuleViolation("terminology", "Each term names the word to use (1 to 60 characters) and "
                        + "one or more words it replaces.");
            }
        }
        return new AssistantSettings(p, tone, List.copyOf(terms), summary == null ? base.summary() : summary,
                conversationSummary == null ? base.conversationSummary() : conversationSummary,
                draftResponse == null ? base.draftResponse() : draftResponse);
    }

    /** A tone as asked ({@code formal} is professional), or a 422 naming the field. */
    public static String tone(String tone, String field) {
        String chosen = tone.strip().toLowerCase(Locale.ROOT);
        if (chosen.equals("formal")) {
            return "professional";
        }
        if (!TONES.contains(chosen)) {
            throw new RuleViolation(field, "A tone is one of " + TONES + " (or formal).");
        }
        return chosen;
    }

    /** The text with the organisation's words, keeping a capital letter where there was one. */
    public String applyTerminology(String text) {
        String out = text;
        for (Term term : terminology) {
            for (String avoided : term.insteadOf()) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(avoided) + "(s?)\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(out);
                StringBuilder replaced = new StringBuilder();
                while (m.find()) {
                    String word = term.use() + m.group(1);
                    if (Character.isUpperCase(m.group().charAt(0))) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    m.appendReplacement(replaced, Matcher.quoteReplacement(word));
                }
                m.appendTail(replaced);
                out = replaced.toString();
            }
        }
        return out;
    }
}
