package io.memberpulse.support.ai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.ai.control.Conversation.Message;
import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalAssistantTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final ArticleHit REFUND = new ArticleHit("a1", "Refund a duplicate payment",
            List.of("Send us the date and amount of both payments.", "We check them with the payment provider.",
                    "The refund reaches your account within five working days."), 0.62);

    private static Conversation charged(List<Message> more) {
        List<Message> messages = new ArrayList<>();
        messages.add(new Message(T, "Morgan Member", true, false,
                "My card statement shows two payments of 180.00 for the renewal on the 3rd. Please refund one."));
        messages.addAll(more);
        return new Conversation("TKT-2026-00042", "Charged twice for my annual renewal", "Membership & Billing",
                "NORMAL", "IN_PROGRESS", "Morgan Member", true, messages);
    }

    @Test
    void aSummaryKeepsTheFactsWithinAHundredWords() {
        Conversation ticket = charged(List.of(
                new Message(T.plusSeconds(3600), "Alex Agent", false, true, "Duplicate confirmed in the provider dashboard."),
                new Message(T.plusSeconds(7200), "Alex Agent", false, false, "We are looking into it."),
                new Message(T.plusSeconds(90000), "Morgan Member", true, false,
                        "It is still not refunded after a week. This is unacceptable, I have asked three times!!")));
        LocalAssistant.Summary summary = LocalAssistant.summarise(ticket, REFUND);
        assertTrue(summary.words() <= LocalAssistant.WORD_LIMIT, summary.words() + " words");
        String all = summary.summary() + " " + summary.keyPoints() + " " + summary.suggestedActions();
        assertTrue(all.contains("180.00"), all);
        assertTrue(all.contains("Charged twice"), all);
        assertEquals("angry", summary.sentiment());
        assertTrue(summary.suggestedActions().contains("Reply: the member's last message is unanswered."), all);
    }

    @Test
    void sentimentFollowsTheThreadAndReadsSarcasm() {
        assertEquals(Sentiment.Label.POSITIVE, Sentiment.of(List.of("This is ridiculous, it fails again!!",
                "It works now, thank you so much!")).label());
        assertEquals("improving", Sentiment.of(List.of("This is ridiculous, it fails again!!",
                "It works now, thank you so much!")).trend());
        assertEquals(Sentiment.Label.FRUSTRATED, Sentiment.ofMessage("Great, thanks, still broken after your fix."));
        assertEquals(Sentiment.Label.CONFUSED, Sentiment.ofMessage("I'm not sure which option I'm supposed to pick, "
                + "I don't understand the form."));
        assertEquals(Sentiment.Label.NEUTRAL, Sentiment.ofMessage("Please update my postal address to the new one."));
    }

    @Test
    void aDraftCitesTheArticleAndNeverQuotesAnInternalNote() {
        Conversation ticket = charged(List.of(new Message(T.plusSeconds(60), "Alex Agent", false, true,
                "SECRET-NOTE: provider dashboard shows a chargeback risk")));
        LocalAssistant.Draft draft = LocalAssistant.draft(ticket, "friendly", REFUND, "Alex Agent");
        assertTrue(draft.draft().startsWith("Hi Morgan,"), draft.draft());
        assertTrue(draft.draft().contains("The refund reaches your account within five working days."), draft.draft());
        assertFalse(draft.draft().contains("SECRET-NOTE"), draft.draft());
        assertEquals("Refund a duplicate payment", draft.citations().get(0).title());
        assertEquals(List.of(), draft.clarifyingQuestions());
        assertTrue(draft.draft().endsWith("Alex Agent"));
    }

    @Test
    void aVagueTicketGetsClarifyingQuestionsAndLowConfidence() {
        Conversation vague = new Conversation("TKT-2026-00043", "Problem", "Other", "NORMAL", "OPEN", "Riley Member",
                false, List.of(new Message(T, "Riley Member", true, false, "It does not work. Help please")));
        LocalAssistant.Draft draft = LocalAssistant.draft(vague, "professional", null, "Sam Support");
        assertFalse(draft.clarifyingQuestions().isEmpty());
        assertTrue(draft.confidence() < 0.5, String.valueOf(draft.confidence()));
        assertTrue(draft.draft().startsWith("Dear Riley,"), draft.draft());
    }
}
