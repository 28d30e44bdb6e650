package io.memberpulse.support.ai.control;

import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;
import jakarta.enterprise.context.ApplicationScoped;

/** The built-in provider: offline, deterministic, always there (and the fallback of any other). */
@ApplicationScoped
public class LocalProvider implements AiProvider {

    public static final String NAME = "local";

    @Override
    public Answer<LocalAssistant.Summary> summarise(Conversation ticket, ArticleHit article) {
        return new Answer<>(LocalAssistant.summarise(ticket, article), NAME);
    }

    @Override
    public Answer<LocalAssistant.Draft> draft(Conversation ticket, String tone, ArticleHit article, String agentName) {
        return new Answer<>(LocalAssistant.draft(ticket, tone, article, agentName), NAME);
    }
}
