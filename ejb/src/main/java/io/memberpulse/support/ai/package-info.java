/**
 * The AI assistant for staff: ticket summaries with the member's sentiment, and draft replies that quote and cite
 * help-centre articles. The built-in local provider is offline and deterministic; PII is removed from all it reads.
 */
package io.memberpulse.support.ai;
