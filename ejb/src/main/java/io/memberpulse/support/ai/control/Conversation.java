package io.memberpulse.support.ai.control;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as the assistant reads it: plain text, PII already removed, nothing it may not see. Internal notes are
 * marked so that a draft never quotes them.
 */
public record Conversation(String number, String subject, String category, String priority, String status,
        String memberName, boolean assigned, List<Message> messages) {

    public record Message(Instant at, String who, boolean fromMember, boolean internal, String text) {
    }

    public List<String> memberTexts() {
        return messages.stream().filter(Message::fromMember).map(Message::text).toList();
    }

    public String memberFirstName() {
        String name = memberName == null ? "" : memberName.strip();
        int space = name.indexOf(' ');
        return name.isEmpty() ? "there" : space > 0 ? name.substring(0, space) : name;
    }
}
