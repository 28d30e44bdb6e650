package io.memberpulse.support.ai.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a member feels, judged from their own messages with weighted cue phrases: positive, neutral, confused,
 * frustrated or angry, with a confidence, and how it moved over the thread. The latest message weighs most (a
 * member who was angry and now says "works now, thank you" is positive). Thanks next to "still", "again" or
 * "nothing" is read as sarcasm, not praise.
 */
public final class Sentiment {

    public enum Label {
        POSITIVE(1), NEUTRAL(0), CONFUSED(-0.3), FRUSTRATED(-0.6), ANGRY(-1);

        final double valence;

        Label(double valence) {
            this.valence = valence;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Reading(Label label, double confidence, String trend) {
    }

    private record Cue(Pattern pattern, Label label, double weight) {
        static Cue of(String regex, Label label, double weight) {
            return new Cue(Pattern.compile("(?i)" + regex), label, weight);
        }
    }

    private static final List<Cue> CUES = List.of(
            Cue.of("\\b(unacceptable|ridiculous|outrageous|disgraceful|appalling|shocking|furious|disgusted|livid)\\b",
                    Label.ANGRY, 2.5),
            Cue.of("\\b(worst|useless|incompetent|joke|scam|rip-?off|pathetic)\\b", Label.ANGRY, 2),
            Cue.of("\\b(complaint|complain|lawyer|solicitor|ombudsman|refund me now|never again)\\b", Label.ANGRY, 1.5),
            Cue.of("!{2,}", Label.ANGRY, 1.2),
            Cue.of("\\b(fed up|sick of|tired of|frustrat\\w*|annoy\\w*|exasperat\\w*|fuming)\\b", Label.FRUSTRATED, 2),
            Cue.of("\\b(still (not|doesn'?t|does not|can'?t|cannot|fails|broken|waiting|no|says|shows|get|getting|"
                    + "happening|freezes|crashing)|yet again|once again|(two|three|four|five|several|many) times|"
                    + "not even|"
                    + "again and again|third time|second time|keeps? (happening|failing|crashing))\\b",
                    Label.FRUSTRATED, 1.6),
            Cue.of("\\b(no one|nobody|no reply|no answer|no response|days? ago|weeks? ago|been waiting|waiting for)\\b",
                    Label.FRUSTRATED, 1.2),
            Cue.of("\\b(tried everything|already (tried|did|done|sent)|as i said|as i mentioned)\\b", Label.FRUSTRATED,
                    1.3),
            Cue.of("\\b(thanks for nothing|great,? (another|still|now)|oh,? great|brilliant,? (still|now)|"
                    + "wonderful,? (still|another))\\b", Label.FRUSTRATED, 2.5),
            Cue.of("\\b(confus\\w*|(don'?t|do not) understand|not sure|unsure|unclear|no idea|lost|"
                    + "(don'?t|do not) know (what|how|where|which)|(can'?t|cannot) (find|see) (where|how|the)|"
                    + "can you explain)\\b", Label.CONFUSED, 1.8),
            Cue.of("\\b(how do i|how can i|where (do|can|is|are)|which (one|option|button|page)|what does|"
                    + "am i supposed|supposed to|what should i|does (this|that) mean)\\b", Label.CONFUSED, 1.2),
            Cue.of("\\b(thank you|thanks|many thanks|cheers)\\b", Label.POSITIVE, 1.2),
            Cue.of("\\b(works now|working now|fixed|sorted|resolved|perfect|great|brilliant|excellent|appreciate\\w*|"
                    + "happy|wonderful|lovely|helpful|all good)\\b", Label.POSITIVE, 1.5));

    private static final Pattern SARCASM = Pattern.compile("(?i)\\b(thanks?|great|brilliant|wonderful|perfect)\\b"
            + "[^.!?]{0,40}\\b(still|again|nothing|another|yet|not)\\b");
    private static final Pattern NEGATED_FIX = Pattern.compile("(?i)\\b(not|never|isn'?t|wasn'?t|hasn'?t been) "
            + "(fixed|sorted|resolved|working)\\b");
    private static final Pattern SHOUTING = Pattern.compile("\\b[A-Z]{4,}\\b");

    private Sentiment() {
    }

    /** The member's feeling over their messages, oldest first. */
    public static Reading of(List<String> memberMessages) {
        if (memberMessages.isEmpty()) {
            return new Reading(Label.NEUTRAL, 0.5, "steady");
        }
        Map<Label, Double> total = new EnumMap<>(Label.class);
        for (int i = 0; i < memberMessages.size(); i++) {
            double recency = i == memberMessages.size() - 1 ? 2.5 : 1.0 / (memberMessages.size() - i);
            scores(memberMessages.get(i)).forEach((label, score) -> total.merge(label, score * recency, Double::sum));
        }
        Label label = strongest(total);
        double sum = total.values().stream().mapToDouble(Double::doubleValue).sum();
        double confidence = label == Label.NEUTRAL ? (sum == 0 ? 0.6 : 0.5)
                : Math.min(0.95, 0.45 + 0.5 * total.get(label) / Math.max(sum, 1e-9) * Math.min(1, total.get(label) / 2));
        return new Reading(label, Math.round(confidence * 100) / 100.0, trend(memberMessages));
    }

    /** The label of one message alone. */
    public static Label ofMessage(String text) {
        return strongest(scores(text));
    }

    private static String trend(List<String> messages) {
        if (messages.size() < 2) {
            return "steady";
        }
        double first = ofMessage(messages.get(0)).valence;
        double last = ofMessage(messages.get(messages.size() - 1)).valence;
        return last - first > 0.25 ? "improving" : first - last > 0.25 ? "worsening" : "steady";
    }

    private static Label strongest(Map<Label, Double> scores) {
        Label best = Label.NEUTRAL;
        double bestScore = 0.9;
        for (Map.Entry<Label, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static Map<Label, Double> scores(String text) {
        Map<Label, Double> scores = new EnumMap<>(Label.class);
        if (text == null || text.isBlank()) {
            return scores;
        }
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                scores.merge(cue.label(), cue.weight(), Double::sum);
            }
        }
        int sarcasm = count(SARCASM, text) + count(NEGATED_FIX, text);
        if (sarcasm > 0) {
            scores.merge(Label.POSITIVE, -1.5 * sarcasm, Double::sum);
            scores.merge(Label.FRUSTRATED, 1.5 * sarcasm, Double::sum);
        }
        int shouting = count(SHOUTING, text);
        if (shouting >= 2) {
            scores.merge(Label.ANGRY, 0.8 * shouting, Double::sum);
        }
        return scores;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
