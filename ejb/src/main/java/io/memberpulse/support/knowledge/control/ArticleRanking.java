package io.memberpulse.support.knowledge.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ranks articles for a question by meaning and by words together: the cosine of the sentence vectors finds "login
 * fails since the password reset" for "Cannot sign in after resetting my password", and BM25 over the article's
 * words lifts the article that names the member's exact term ("VAT", "badge"). Pure arithmetic over what the caller
 * loaded, so it is tested without a database.
 */
public final class ArticleRanking {

    /** Weight of meaning against words; the words only break near ties of meaning. */
    static final double MEANING = 0.75;
    /**
     * Below these an article is not an answer, however it ranks: unrelated questions score under 0.1 in meaning
     * with this model, a paraphrase of an article 0.25 and more; a shared word alone does not make an answer.
     */
    static final double RELEVANT = 0.18;
    static final double RELATED_IN_MEANING = 0.15;

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "can",
            "could", "do", "does", "for", "from", "has", "have", "how", "i", "if", "in", "is", "it", "its", "me", "my",
            "no", "not", "of", "on", "or", "our", "please", "so", "that", "the", "their", "there", "this", "to", "was",
            "we", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your", "am", "any", "been",
            "get", "got", "still", "would", "should", "need", "want", "help", "hi", "hello", "thanks", "thank");
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private ArticleRanking() {
    }

    public record Candidate(UUID id, String title, String text, List<String> tags, float[] vector) {
    }

    public record Match(UUID id, double score, double meaning, double words) {
    }

    /** The best {@code limit} candidates for the question, best first, only those that answer it at all. */
    public static List<Match> rank(String question, float[] questionVector, List<Candidate> candidates, int limit) {
        List<String> terms = terms(question);
        List<List<String>> documents = candidates.stream().map(ArticleRanking::document).toList();
        double[] words = bm25(terms, documents);
        double best = 0;
        for (double w : words) {
            best = Math.max(best, w);
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double meaning = Embedder.similarity(questionVector, candidates.get(i).vector());
            double lexical = best == 0 ? 0 : words[i] / best;
            double score = MEANING * meaning + (1 - MEANING) * lexical;
            if (score >= RELEVANT && meaning >= RELATED_IN_MEANING) {
                matches.add(new Match(candidates.get(i).id(), score, meaning, lexical));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id));
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    /** The text a vector is computed from: the title, then the start of the body (the model reads 256 pieces). */
    public static String embeddingText(String title, String plainBody) {
        String body = plainBody.length() > 1200 ? plainBody.substring(0, 1200) : plainBody;
        return title + ". " + body;
    }

    /** Lower-case words without stop words, with plural and -ing/-ed endings folded ("resetting" = "reset"). */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : WORD.split(text == null ? "" : text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !STOP.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return undouble(word.substring(0, word.length() - 3));
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return undouble(word.substring(0, word.length() - 2));
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        return n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : stem;
    }

    /** The title counts twice and each tag once more: they say what the article is about. */
    private static List<String> document(Candidate candidate) {
        List<String> document = new ArrayList<>(terms(candidate.title()));
        document.addAll(terms(candidate.title()));
        document.addAll(terms(String.join(" ", candidate.tags())));
        document.addAll(terms(candidate.text()));
        return document;
    }

    private static double[] bm25(List<String> terms, List<List<String>> documents) {
        double[] scores = new double[documents.size()];
        if (terms.isEmpty() || documents.isEmpty()) {
            return scores;
        }
        double averageLength = documents.stream().mapToInt(List::size).average().orElse(1);
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> frequencies = new ArrayList<>();
        for (List<String> document : documents) {
            Map<String, Integer> frequency = new HashMap<>();
            document.forEach(term -> frequency.merge(term, 1, Integer::sum));
            frequencies.add(frequency);
            frequency.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        int n = documents.size();
        for (String term : new HashSet<>(terms)) {
            int df = documentFrequency.getOrDefault(term, 0);
            if (df == 0) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++) {
                int tf = frequencies.get(i).getOrDefault(term, 0);
                if (tf > 0) {
                    double length = documents.get(i).size();
                    scores[i] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
                }
            }
        }
        return scores;
    }
}
