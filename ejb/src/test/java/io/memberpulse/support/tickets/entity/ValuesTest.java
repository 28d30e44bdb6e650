package io.memberpulse.support.tickets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.memberpulse.support.platform.entity.RuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules every way in shares: one subject, one message body, one tag list, one priority vocabulary. */
class ValuesTest {

    @Test
    void aSubjectIsTrimmedAndBetweenOneAndTwoHundredCharacters() {
        assertEquals("Login fails", Subject.of("  Login fails \n").text());
        assertEquals("subject", assertThrows(RuleViolation.class, () -> Subject.of("   ")).field());
        assertThrows(RuleViolation.class, () -> Subject.of("x".repeat(201)));
        assertEquals(200, Subject.of("x".repeat(200)).text().length());
    }

    @Test
    void aMessageIsSanitisedNotEmptyAndNotTooLongWhoeverWritesIt() {
        MessageBody body = MessageBody.of("<p onclick=\"x()\">Hi <script>alert(1)</script><b>there</b></p>", "body");
        assertEquals("<p>Hi <b>there</b></p>", body.html());
        assertEquals("Hi there", body.text());
        assertEquals("body", assertThrows(RuleViolation.class,
                () -> MessageBody.of("<script>only</script>", "body")).field());
        assertEquals("description", assertThrows(RuleViolation.class,
                () -> MessageBody.of(null, "description")).field());
        char[] twoMegabytes = new char[2 * 1024 * 1024];
        Arrays.fill(twoMegabytes, 'a');
        assertEquals("body", assertThrows(RuleViolation.class,
                () -> MessageBody.of(new String(twoMegabytes), "body")).field());
        assertThrows(RuleViolation.class, () -> MessageBody.of("a".repeat(MessageBody.LENGTH + 1), "body"));
    }

    @Test
    void tagsAreLowerCaseTrimmedAndLimited() {
        assertEquals(Set.of("billing", "refund"), Tags.of(List.of(" Billing", "refund ", "REFUND")).values());
        assertThrows(RuleViolation.class, () -> Tags.of(List.of("")));
        assertThrows(RuleViolation.class, () -> Tags.of(List.of("x".repeat(41))));
        assertThrows(RuleViolation.class, () -> Tags.of(java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "t" + i).toList()));
    }

    @Test
    void theSeedsPriorityWordsAreAccepted() {
        assertEquals(Priority.NORMAL, Priority.parse("medium", "priority"));
        assertEquals(Priority.URGENT, Priority.parse("CRITICAL", "priority"));
        assertEquals(Priority.HIGH, Priority.parse(" High ", "priority"));
        assertEquals("priority", assertThrows(RuleViolation.class, () -> Priority.parse("soon", "priority")).field());
    }

    @Test
    void activeAndDoneSplitTheStatuses() {
        for (Status status : Status.values()) {
            assertEquals(!Status.ACTIVE.contains(status), status.isDone(), status.name());
        }
    }
}
