package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account pages in a real browser, every field found by its label: an administrator invites an agent on the
 * Team page, the agent follows the link and sets a password (refusals inline), signs in, and changes their name and
 * password on "My account"; the administrator imports a member list.
 */
@ExtendWith(RunningApplication.class)
class AccountPagesBrowserSystemTest {

    /** A client of this class's own: the demo clients' people stay as other tests count them. */
    private static AccountManagementSystemTest.OwnClient client;
    private Browser browser;

    @BeforeAll
    static void ownClient() {
        client = AccountManagementSystemTest.OwnClient.create("pages");
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anInvitedAgentSetsAPasswordSignsInAndLooksAfterTheirAccount() {
        String email = client.email("page-invite");
        browser.open("/console/settings/team");
        browser.signIn(client.slug(), client.adminEmail(), client.adminPassword());
        assertEquals("/console/settings/team", browser.path());
        browser.accessible("team settings");
        browser.fill("E-mail", email);
        browser.fill("Name", "Paige Invited");
        browser.choose("Role", "Support agent");
        browser.click("#invite\\:send");
        browser.idle();
        browser.waitForText("#staff", "Paige Invited");
        String link = browser.field("Password link for Paige Invited (" + email + ")").getAttribute("value");
        assertTrue(link.contains("/account/password?token="), link);
        browser.screenshots("settings-team");
        browser.submit("#account\\:logout");

        browser.open(URI.create(link));
        assertTrue(browser.text("#greeting").contains(email), browser.text("#greeting"));
        browser.accessible("set password");
        browser.fill("New password", "paige-password-1");
        browser.fill("Repeat the new password", "paige-password-2");
        browser.submit("#password\\:submit");
        assertTrue(browser.text("#password").contains("The two passwords are not the same."));
        browser.fill("New password", "password123");
        browser.fill("Repeat the new password", "password123");
        browser.submit("#password\\:submit");
        assertTrue(browser.text("#password").contains("most common"), browser.text("#password"));
        browser.fill("New password", "paige-sets-her-own");
        browser.fill("Repeat the new password", "paige-sets-her-own");
        browser.submit("#password\\:submit");
        assertTrue(browser.text("#password\\:messages").contains("Your password is set."));
        browser.screenshots("set-password-done");
        browser.submit("#password\\:sign-in");
        assertEquals(client.slug(), browser.field("Organisation").getAttribute("value"));
        browser.type("#login\\:email", email);
        browser.type("#login\\:password input, input#login\\:password", "paige-sets-her-own");
        browser.submit("#login\\:submit");
        assertTrue(browser.path().startsWith("/console/"), browser.path());

        browser.submit("#account\\:my-account");
        assertEquals("/account/me", browser.path());
        browser.accessible("my account");
        browser.fill("Your name", "Paige Renamed");
        browser.click("#name\\:save-name");
        browser.waitForText("#user-name", "Paige Renamed");
        browser.fill("Current password", "not-my-password");
        browser.fill("New password", "paige-changes-it");
        browser.fill("Repeat the new password", "paige-changes-it");
        browser.click("#password\\:change-password");
        browser.waitForText("#password", "The current password is not right.");
        browser.fill("Current password", "paige-sets-her-own");
        browser.fill("New password", "paige-changes-it");
        browser.fill("Repeat the new password", "paige-changes-it");
        browser.click("#password\\:change-password");
        browser.waitForText("#growl_container, .ui-growl", "Password changed");
        browser.screenshots("my-account");
        browser.open("/console/queue");
        assertEquals("/console/queue", browser.path(), "this session goes on under the new password");
    }

    @Test
    void theAdministratorImportsAMemberListAndSeesEachRefusal() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.createTempFile("members", ".csv");
        Files.writeString(csv, "email,name,member_number\nlist-" + run + "@" + client.slug() + ".test,Lis Listed,L-" + run
                + "\nbroken-row\n");
        browser.open("/console/settings/team");
        browser.signIn(client.slug(), client.adminEmail(), client.adminPassword());
        browser.field("Member list (CSV)").sendKeys(csv.toAbsolutePath().toString());
        browser.submit("#import\\:upload");
        assertTrue(browser.text("#import-report").startsWith("1 created, 0 updated, 0 unchanged, 1 refused"),
                browser.text("#import-report"));
        assertTrue(browser.text("#import").contains("Line 3"), browser.text("#import"));
        browser.field("Member list (CSV)").sendKeys(csv.toAbsolutePath().toString());
        browser.submit("#import\\:upload");
        assertTrue(browser.text("#import-report").startsWith("0 created, 0 updated, 1 unchanged"),
                browser.text("#import-report"));
    }
}
