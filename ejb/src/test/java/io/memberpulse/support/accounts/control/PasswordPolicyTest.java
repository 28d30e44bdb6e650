package io.memberpulse.support.accounts.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.memberpulse.support.platform.entity.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordPasses() {
        assertDoesNotThrow(() -> policy.check("violet lantern harbour", "ana@example.org"));
    }

    @Test
    void tooShortIsRefusedWithTheMinimum() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> policy.check("Sh0rt!pw", null));
        assertEquals("password", refused.field());
        assertEquals("A password needs at least 10 characters.", refused.getMessage());
    }

    @Test
    void theShippedCommonPasswordsAreRefusedWhateverTheCase() {
        for (String common : new String[] {"password123", "qwertyuiop", "1234567890", "Basketball", "MANCHESTER"}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> policy.check(common, null), common);
            assertEquals("password", refused.field());
        }
    }

    @Test
    void theOwnEmailAddressIsRefused() {
        assertThrows(RuleViolation.class, () -> policy.check("Ana@Example.org", "ana@example.org"));
    }

    @Test
    void moreThanTheMaximumIsRefused() {
        assertThrows(RuleViolation.class, () -> policy.check("x".repeat(201), null));
        assertDoesNotThrow(() -> policy.check("x".repeat(200), null));
    }
}
