package io.memberpulse.support.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.platform.entity.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final Account account = new Account(" Agent@Demo.TEST ", "Alex", Role.ROLE_CLIENT_USER, "hash", NOW);

    @Test
    void emailsAreStoredLowerCaseAndTrimmed() {
        assertEquals("agent@demo.test", account.email());
    }

    @Test
    void theFifthFailureInARowLocksForTheLockPeriod() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, 5, LOCK);
            assertFalse(account.isLocked(NOW));
        }
        account.recordFailedLogin(NOW, 5, LOCK);
        assertTrue(account.isLocked(NOW));
        assertTrue(account.isLocked(NOW.plus(LOCK).minusSeconds(1)));
        assertFalse(account.isLocked(NOW.plus(LOCK)));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, 5, LOCK);
        }
        account.recordLogin(NOW);
        assertEquals(NOW, account.lastLoginAt());
        account.recordFailedLogin(NOW, 5, LOCK);
        assertFalse(account.isLocked(NOW));
        assertNull(account.lockedUntil());
    }

    @Test
    void afterALockExpiresFailuresCountFromZero() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW, 5, LOCK);
        }
        Instant later = NOW.plus(LOCK).plusSeconds(1);
        account.recordFailedLogin(later, 5, LOCK);
        assertFalse(account.isLocked(later));
    }

    @Test
    void onlyMembersAreNotStaff() {
        assertTrue(Role.ROLE_CLIENT_ADMIN.isStaff());
        assertTrue(Role.ROLE_CLIENT_USER.isStaff());
        assertFalse(Role.ROLE_MEMBER.isStaff());
    }

    @Test
    void aNewPasswordEndsEarlierCredentialsAndLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW, 5, LOCK);
        }
        int before = account.credentialsEpoch();
        account.changePassword("new-hash");
        assertEquals(before + 1, account.credentialsEpoch());
        assertFalse(account.isLocked(NOW));
        assertEquals("new-hash", account.passwordHash());
    }

    @Test
    void theOperatorsRoleIsNeverGivenToAClientsAccount() {
        assertThrows(RuleViolation.class, () -> account.changeRole(Role.ROLE_PLATFORM_OPERATOR));
        account.changeRole(Role.ROLE_CLIENT_ADMIN);
        assertEquals(Role.ROLE_CLIENT_ADMIN, account.role());
        assertFalse(Role.ROLE_PLATFORM_OPERATOR.isStaff());
    }

    @Test
    void deactivatingKeepsTheAccount() {
        account.deactivate();
        assertFalse(account.isActive());
        assertEquals("Alex", account.displayName());
        account.reactivate();
        assertTrue(account.isActive());
    }

    @Test
    void membershipDetailsSayWhetherTheyChanged() {
        assertTrue(account.describeMembership(" M-1 ", "Acme"));
        assertFalse(account.describeMembership("M-1", "Acme"));
        assertTrue(account.describeMembership("M-1", " "));
        assertNull(account.organisation());
    }

    @Test
    void tooLongMembershipDetailsAreRefusedAndChangeNothing() {
        account.describeMembership("M-1", "Acme");
        RuleViolation number = assertThrows(RuleViolation.class,
                () -> account.describeMembership("M".repeat(61), "Acme"));
        assertEquals("memberNumber", number.field());
        RuleViolation organisation = assertThrows(RuleViolation.class,
                () -> account.describeMembership("M-1", "O".repeat(201)));
        assertEquals("organisation", organisation.field());
        assertEquals("M-1", account.memberNumber());
        assertEquals("Acme", account.organisation());
    }

    @Test
    void emailsAndNamesAreChecked() {
        assertEquals("ann@example.org", Account.checkedEmail(" Ann@Example.org "));
        assertThrows(RuleViolation.class, () -> Account.checkedEmail("ann@example"));
        assertThrows(RuleViolation.class, () -> Account.checkedEmail("ann example.org"));
        assertThrows(RuleViolation.class, () -> Account.checkedName(" "));
    }
}
