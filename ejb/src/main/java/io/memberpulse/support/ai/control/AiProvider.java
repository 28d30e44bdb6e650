package io.memberpulse.support.ai.control;

import io.memberpulse.support.ai.control.LocalAssistant.ArticleHit;

/**
 * What writes summaries and drafts. It only ever receives a {@link Conversation} with PII removed, and answers in
 * the shapes of {@link LocalAssistant}; {@link Answer#provider()} says who actually answered (a fallback says so).
 */
public interface AiProvider {

    record Answer<T>(T result, String provider) {
    }

    Answer<LocalAssistant.Summary> summarise(Conversation ticket, ArticleHit article);

    Answer<LocalAssistant.Draft> draft(Conversation ticket, String tone, ArticleHit article, String agentName);
}
