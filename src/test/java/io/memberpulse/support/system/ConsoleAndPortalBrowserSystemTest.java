package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The member's and the agent's journeys through the pages, in a real headless Chromium, the way a person does
 * them: every field found by its label, every page checked by axe-core (no serious or critical violation), and
 * screenshots at 1280 and 375 px under target/screenshots.
 */
@ExtendWith(RunningApplication.class)
class ConsoleAndPortalBrowserSystemTest {

    private static Path png;
    private static Path pdf;
    private static Path disguised;

    private Browser browser;

    @BeforeAll
    static void files() throws Exception {
        Path dir = Files.createTempDirectory("browser-files");
        png = Files.write(dir.resolve("screenshot.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="));
        pdf = Files.writeString(dir.resolve("invoice.pdf"), "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        // an executable renamed to look like a PDF: only its bytes give it away
        disguised = Files.write(dir.resolve("receipt.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
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
    void aMemberAsksAndAnAgentAnswersInThePages() {
        String subject = "Badge shows my maiden name " + UUID.randomUUID().toString().substring(0, 8);

        // the member: help centre first, then the form, then the confirmation
        browser.open("/portal/");
        browser.signIn("demo", "member3@demo.test", Api.PASSWORD);
        browser.find("#help\\:query");
        browser.accessible("help centre");
        browser.screenshots("portal-help");
        browser.fill("Search for help", "certificates");
        browser.waitForText("#help\\:results", "CPD");
        browser.click("#submit-ticket");

        browser.find("#ticket\\:submit");
        browser.accessible("submit form");
        browser.choose("Category", "Events");
        browser.fill("Subject", subject);
        browser.fill("Description", "The badge for the annual conference shows my maiden name.");
        browser.field("High — Urgent, blocking issue").click();
        browser.attach("Attachments", png, pdf);
        browser.waitForText("#ticket\\:pending", "invoice.pdf");
        browser.screenshots("portal-submit-form");
        browser.submit("#ticket\\:submit");

        assertEquals("/portal/submitted", browser.path());
        String number = browser.text("#ticket-number");
        assertTrue(number.matches("TKT-\\d{4}-\\d{5}"), number);
        assertEquals("within 4 hours", browser.text("#expected-response"), "High: 4 h, stricter than Events' 48 h");
        browser.accessible("confirmation");
        browser.screenshots("portal-confirmation");

        // the agent: quick filter, search, the ticket, a canned response by its shortcut, send and mark waiting
        Browser agent = new Browser();
        try {
            agent.open("/console/queue");
            agent.signIn("demo", "agent@demo.test", Api.PASSWORD);
            agent.find("#quick-breaching-soon").click();
            agent.find("#queue\\:tickets");
            assertTrue(agent.driver.getCurrentUrl().contains("view=breaching-soon"), agent.driver.getCurrentUrl());
            agent.find("#quick-needs-response").click();
            agent.waitForText("#queue\\:tickets", number);
            agent.accessible("queue");
            agent.screenshots("console-queue");
            agent.fill("Search", number);
            agent.submit("#filters\\:apply");
            assertTrue(agent.driver.getCurrentUrl().contains("q=" + number), "the search is in the address");
            agent.waitForText("#queue\\:tickets", subject);
            agent.driver.findElement(By.linkText(number)).click();

            agent.waitForText("#ticket-subject", subject);
            assertTrue(agent.text("#sla-state").startsWith("On track"), agent.text("#ticket-sla"));
            assertTrue(agent.text("#first-response-due").startsWith("First response due"), agent.text("#ticket-sla"));
            agent.accessible("ticket detail");
            assertEquals(2, agent.driver.findElements(By.cssSelector(".mp-files li")).size(), "both files listed");
            agent.fill("Message", "Thanks for writing. /badge-name ");
            agent.waitForText("#reply\\:body", "registration desk");
            assertTrue(agent.text("#reply\\:body").contains("Hello Casey,"), "variables are filled in");
            assertTrue(agent.text("#reply\\:body").contains(number), "the ticket number too");
            agent.click("#reply\\:send-waiting");
            agent.waitForText("#ticket-status", "Waiting on member");
            agent.waitForText("#sla-state", "Paused");
            agent.fill("Message", "Checked the registration list: spelling was wrong at import.");
            agent.click("#reply\\:save-note");
            agent.waitForText("#thread", "Internal note");
            agent.screenshots("console-ticket");
        } finally {
            agent.close();
        }

        // the member sees the reply, not the note, and answers: the ticket is in progress again
        browser.open("/portal/ticket?number=" + number);
        browser.waitForText("#thread", "registration desk");
        assertFalse(browser.text("body").contains("spelling was wrong"), "an internal note never reaches the member");
        assertEquals("Waiting for you", browser.text("#ticket-status"));
        browser.accessible("member's ticket");
        browser.fill("Your reply", "Thank you, my name is Casey Jones.");
        browser.click("#reply\\:send");
        browser.waitForText("#ticket-status", "In progress");
        browser.waitForText("#thread", "Casey Jones");
        browser.open("/portal/tickets");
        browser.waitForText("#tickets", number);
        browser.accessible("my tickets");
    }

    @Test
    void aDisguisedExecutableIsRefusedBesideTheFieldAndNothingTypedIsLost() {
        browser.open("/portal/new");
        browser.signIn("demo", "member3@demo.test", Api.PASSWORD);
        browser.choose("Category", "Other");
        browser.fill("Subject", "My receipt");
        browser.fill("Description", "Please see the attached receipt.");
        browser.attach("Attachments", disguised);
        browser.waitForText("#ticket\\:files-message", "receipt.pdf is not a JPG, PNG, PDF, DOC or DOCX file");
        assertEquals("My receipt", browser.field("Subject").getAttribute("value"));
        assertTrue(browser.text("#ticket\\:description").contains("attached receipt"));
        assertFalse(String.valueOf(browser.script("return document.getElementById('ticket:pending').textContent"))
                .contains("receipt.pdf"), "the refused file is not kept");
        browser.accessible("submit form with a refused file");

        // an empty required field is named inline, the rest stays
        browser.fill("Subject", "");
        browser.submit("#ticket\\:submit");
        browser.waitForText("#ticket", "Write a short subject.");
        assertTrue(browser.text("#ticket\\:description").contains("attached receipt"));
    }

    @Test
    void storedScriptIsShownAsTextOnEveryPage() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String script = "<script>window.pwned='" + marker + "'</script>";
        Browser admin = new Browser();
        try {
            admin.open("/console/settings/categories");
            admin.signIn("demo", "admin@demo.test", Api.PASSWORD);
            admin.fill("Name", script + " Cat");
            admin.click("#category\\:save");
            admin.waitForText("#list\\:categories", script);
            assertNull(admin.script("return window.pwned;"));
            admin.accessible("categories settings");
            admin.screenshots("console-settings-categories");
        } finally {
            admin.close();
        }

        browser.open("/portal/new");
        browser.signIn("demo", "member3@demo.test", Api.PASSWORD);
        browser.choose("Category", script + " Cat");
        browser.fill("Subject", "Subject " + script);
        browser.fill("Description", "Description " + script);
        browser.submit("#ticket\\:submit");
        String number = browser.text("#ticket-number");
        for (String page : new String[] {"/portal/ticket?number=" + number, "/portal/tickets", "/portal/"}) {
            browser.open(page);
            browser.find("main");
            assertTrue(browser.text("main").contains(script), page + " shows the words");
            assertNull(browser.script("return window.pwned;"), page + " ran no stored script");
        }

        Browser agent = new Browser();
        try {
            agent.open("/console/ticket?number=" + number);
            agent.signIn("demo", "admin@demo.test", Api.PASSWORD);
            agent.waitForText("#ticket-subject", script);
            assertTrue(agent.text("#thread").contains("Description " + script));
            assertNull(agent.script("return window.pwned;"));
            agent.open("/console/queue?q=" + marker);
            agent.find("#queue\\:tickets");
            agent.open("/console/queue?view=unassigned");
            agent.waitForText("#queue\\:tickets", script);
            assertNull(agent.script("return window.pwned;"));
        } finally {
            agent.close();
        }
    }

    @Test
    void anAdministratorReordersAndArchivesACategoryAndTheMemberFormFollows() {
        String name = "Awards " + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = new Browser();
        try {
            admin.open("/console/settings/categories");
            admin.signIn("demo", "admin@demo.test", Api.PASSWORD);
            admin.fill("Name", name);
            admin.fill("Description (members see it)", "Nominations and prizes");
            admin.click("#category\\:save");
            admin.waitForText("#list\\:categories", name);
            // the same name in other letters is refused inline
            admin.fill("Name", name.toUpperCase());
            admin.click("#category\\:save");
            admin.waitForText("#category", "exists already");

            // to the top, by the keyboard-reachable "Move up" of its row (dragging the row does the same)
            for (int guard = 0; guard < 40; guard++) {
                String top = admin.text("#list\\:categories_data > tr:first-child");
                if (top.contains(name)) {
                    break;
                }
                admin.press(admin.find("button[aria-label='Move " + name + " up']"));
                admin.idle();
            }
            admin.waitForText("#list\\:categories_data > tr:first-child", name);
        } finally {
            admin.close();
        }

        browser.open("/portal/new");
        browser.signIn("demo", "member@demo.test", Api.PASSWORD);
        org.openqa.selenium.support.ui.Select categories = new org.openqa.selenium.support.ui.Select(
                browser.field("Category"));
        assertEquals(name, categories.getOptions().get(1).getText(), "first after the prompt, as ordered");

        Browser again = new Browser();
        try {
            again.open("/console/settings/categories");
            again.signIn("demo", "admin@demo.test", Api.PASSWORD);
            again.click("button[aria-label='Archive " + name + "']");
            again.waitForText("#list\\:categories", name + " (archived)");
        } finally {
            again.close();
        }
        browser.open("/portal/new");
        assertFalse(browser.text("#ticket\\:category").contains(name), "an archived category is not offered");
    }

    @Test
    void anAdministratorChangesTheGeneralSettingsAndTheMemberFormFollows() {
        Browser admin = new Browser();
        try {
            admin.open("/console/settings/tickets");
            admin.signIn("demo", "admin@demo.test", Api.PASSWORD);
            admin.fill("Close resolved tickets after (days)", "400");
            admin.click("#general\\:save-general");
            admin.waitForText("#general", "0 (never) to 365 days");
            admin.fill("Close resolved tickets after (days)", "14");
            admin.toggle("Members may attach files");
            admin.toggle("Members must choose a category");
            admin.click("#general\\:save-general");
            admin.waitForText("body", "Ticket settings saved");
            JsonObject saved = Api.get("/api/settings/tickets", Api.token("demo", "admin@demo.test")).json();
            assertEquals(14, saved.getInt("autoCloseDays"));
            assertFalse(saved.getBoolean("memberAttachments"));
            assertFalse(saved.getBoolean("categoryRequired"));

            browser.open("/portal/new");
            browser.signIn("demo", "member@demo.test", Api.PASSWORD);
            browser.find("#ticket\\:submit");
            assertFalse(browser.text("#ticket").contains("Attachments"), "no file field when files are off");
            assertEquals("No particular category", new org.openqa.selenium.support.ui.Select(
                    browser.field("Category (optional)")).getFirstSelectedOption().getText());
        } finally {
            admin.close();
            Api.putJson("/api/settings/tickets", Api.token("demo", "admin@demo.test"),
                    "{\"autoCloseDays\":7,\"memberAttachments\":true,\"categoryRequired\":true}");
        }
    }

    @Test
    void twoTicketsAreMergedInTheDialog() {
        String member = Api.token("demo", "member2@demo.test");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = TicketFixtures.submit(member, "Gala dinner seat " + tag).getString("number");
        String second = TicketFixtures.submit(member, "Gala dinner seat again " + tag).getString("number");

        browser.open("/console/ticket?number=" + second);
        browser.signIn("demo", "admin@demo.test", Api.PASSWORD);
        browser.waitForText("#ticket-subject", "again");
        browser.click("#open-merge");
        browser.find("#merge-dialog");
        browser.press(browser.field(first + " — Gala dinner seat " + tag));
        browser.press(browser.driver.findElements(By.xpath("//label[normalize-space(.)='" + first
                + " — Gala dinner seat " + tag + "']")).stream().map(l -> l.getAttribute("for"))
                .filter(id -> id.startsWith("merge:primary")).findFirst()
                .map(id -> browser.driver.findElement(By.id(id))).orElseThrow());
        browser.accessible("merge dialog");
        browser.submit("#merge\\:confirm-merge");

        assertTrue(browser.driver.getCurrentUrl().endsWith("number=" + first), browser.driver.getCurrentUrl());
        browser.waitForText("#thread", "Merged from " + second);
        browser.waitForText("#timeline", "Merged");
    }

    @Test
    void twoAgentsOnOneTicketSeeEachOther() {
        String member = Api.token("demo", "member2@demo.test");
        String number = TicketFixtures.submit(member, "Collision " + UUID.randomUUID()).getString("number");
        Browser other = new Browser();
        try {
            browser.open("/console/ticket?number=" + number);
            browser.signIn("demo", "admin@demo.test", Api.PASSWORD);
            browser.find("#ticket-subject");
            other.open("/console/ticket?number=" + number);
            other.signIn("demo", "agent@demo.test", Api.PASSWORD);
            other.waitForText("#presence\\:collision", "Dana Admin also has this ticket open");
            // the first agent hears of the second at the next refresh, and of the reply being written
            other.fill("Message", "Looking into it");
            browser.waitForText("#presence\\:collision", "Alex Agent is writing a reply");
            browser.screenshots("console-collision");
        } finally {
            other.close();
        }
    }

    @Test
    void twoAgentsOnTwoNodesSeeEachOther() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(RunningApplication.onPostgres(), "two nodes share PostgreSQL");
        String member = Api.token("demo", "member2@demo.test");
        String number = TicketFixtures.submit(member, "Two nodes " + UUID.randomUUID()).getString("number");
        Browser other = new Browser();
        try {
            browser.open("/console/ticket?number=" + number);
            browser.signIn("demo", "admin@demo.test", Api.PASSWORD);
            browser.find("#ticket-subject");
            other.open(RunningApplication.secondNode("/console/ticket?number=" + number));
            other.signIn("demo", "agent@demo.test", Api.PASSWORD);
            other.waitForText("#presence\\:collision", "Dana Admin also has this ticket open");
            browser.waitForText("#presence\\:collision", "Alex Agent also has this ticket open");
        } finally {
            other.close();
        }
    }

    @Test
    void aChangeOnAStalePageSaysWhoChangedItAndKeepsTheDraft() {
        String member = Api.token("demo", "member2@demo.test");
        String number = TicketFixtures.submit(member, "Stale page " + UUID.randomUUID()).getString("number");
        Browser other = new Browser();
        try {
            browser.open("/console/ticket?number=" + number);
            browser.signIn("demo", "agent@demo.test", Api.PASSWORD);
            browser.find("#ticket-subject");
            browser.fill("Message", "A draft that must survive");

            other.open("/console/ticket?number=" + number);
            other.signIn("demo", "admin@demo.test", Api.PASSWORD);
            other.click("#head\\:priority_button");
            other.click("#head\\:priority-high");
            other.waitForText("#head\\:priority", "High");

            browser.click("#head\\:priority_button");
            browser.click("#head\\:priority-low");
            browser.waitForText("#head\\:conflict", "Changed by Dana Admin");
            assertTrue(browser.text("#reply\\:body").contains("A draft that must survive"), "the draft is kept");
            browser.click("#head\\:reload");
            browser.waitForText("#head\\:priority", "High");
            // the whole page is drawn again: the editor comes back with the draft once it has started
            browser.waitForText("#reply\\:body", "A draft that must survive");
        } finally {
            other.close();
        }
    }

    @Test
    void theServiceLevelAndAssignmentSettingsSayWhatIsWrongAndWhoWouldGetATicket() {
        browser.open("/console/settings/service-levels");
        browser.signIn("demo", "admin@demo.test", Api.PASSWORD);
        browser.find("#sla\\:save");
        browser.accessible("service levels");
        browser.screenshots("console-service-levels");
        assertEquals("4.0", browser.field("High: first response (hours)").getAttribute("value"));
        browser.fill("Time zone", "Mars/Olympus");
        browser.click("#sla\\:save");
        browser.waitForText("#sla", "Unknown time zone 'Mars/Olympus'");
        assertEquals("Mars/Olympus", browser.field("Time zone").getAttribute("value"), "what was typed stays");

        browser.open("/console/settings/assignment");
        browser.find("#preview\\:run-preview");
        browser.accessible("assignment");
        browser.screenshots("console-assignment");
        browser.choose("Category", "Membership & Billing");
        browser.choose("Priority", "High");
        browser.click("#preview\\:run-preview");
        browser.waitForText("#preview-outcome", "Manual: the ticket waits in the Billing Team queue.");
    }

    @Test
    void theOtherConsolePagesPassTheAccessibilityCheck() {
        browser.open("/console/");
        browser.signIn("demo", "admin@demo.test", Api.PASSWORD);
        browser.find("#queue-active");
        browser.accessible("console home");
        browser.open("/console/new");
        browser.find("#ticket\\:create");
        browser.accessible("new ticket");
        browser.screenshots("console-new");
        String shortcut = "/renewal-" + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/console/settings/canned");
        browser.fill("Title", "Renewal reminder");
        browser.fill("Shortcut (optional, e.g. /password-reset)", shortcut);
        browser.fill("Body", "Hello {{member.firstName}}, your renewal is due.");
        browser.click("#canned\\:show-preview");
        browser.waitForText("#canned\\:preview", "Hello Morgan, your renewal is due.");
        browser.accessible("canned responses settings");
        browser.click("#canned\\:save");
        browser.waitForText("#list\\:responses", shortcut);
        browser.open("/console/settings/assistant");
        browser.fill("Our words (one per line, e.g. member: customer, client)", "member customer");
        browser.click("#assistant\\:save");
        browser.waitForText("#assistant", "Line 1: write the word to use, a colon");
        browser.accessible("assistant settings");
        browser.screenshots("console-settings-assistant");
        browser.open("/console/settings/tickets");
        browser.find("#matrix\\:save-matrix");
        browser.accessible("ticket settings");
        browser.screenshots("console-settings-tickets");
    }

    @Test
    void anAdministratorPublishesAnArticleAndAMemberFindsItInOtherWords() {
        String title = "Cloakroom and lost luggage at the conference " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/console/settings/articles");
        browser.signIn("demo", "admin@demo.test", Api.PASSWORD);
        browser.find("#article\\:save");
        browser.fill("Body", "Leave coats and bags at the cloakroom by the entrance. Lost property is kept at the "
                + "registration desk until the last day.");
        browser.click("#article\\:save");
        browser.waitForText("#article", "A title of 1 to 200 characters is required.");
        browser.fill("Article title", title);
        browser.fill("Tags (comma-separated)", "events, luggage");
        browser.toggle("Published (members can read it)");
        browser.accessible("help centre settings");
        browser.screenshots("console-articles");
        browser.click("#article\\:save");
        browser.waitForText("#list\\:articles", title);

        Browser member = new Browser();
        try {
            member.open("/portal/");
            member.signIn("demo", "member2@demo.test", Api.PASSWORD);
            member.fill("Search for help", "I left my suitcase somewhere at the congress");
            member.waitForText("#help\\:results", title);
            member.find("#help\\:results a").click();
            member.waitForText("#article-title", title);
            member.accessible("help article");
            member.screenshots("portal-article");
            member.click("#rating\\:yes");
            member.waitForText("#rating", "Thank you for telling us.");

            member.open("/portal/new");
            member.fill("Subject", "Where do I leave my bag during the congress");
            member.waitForText("#ticket\\:suggestions", title);
            member.accessible("new ticket with suggestions");

            // a possible duplicate in other words: an open ticket that says the same
            String journal = TicketFixtures.submit(Api.token("demo", "member2@demo.test"),
                    "Journal not delivered this month").getString("number");
            member.open("/portal/new");
            member.fill("Subject", "This month's journal did not arrive");
            member.field("Subject").sendKeys(org.openqa.selenium.Keys.TAB);
            member.waitForText("#ticket\\:duplicate", journal);
        } finally {
            member.close();
        }
        browser.open("/console/settings/articles");
        browser.fill("Search articles", "suitcase at the congress");
        browser.waitForText("#list\\:articles", "1 / 1 of 1");
    }

    @Test
    void anAgentReadsTheSummaryDraftsAFriendlyCitedReplyEditsAndSendsItAndTheMemberNeverSeesTheSummary() {
        String memberToken = Api.token("demo", "member@demo.test");
        JsonObject ticket = TicketFixtures.submit(memberToken, jakarta.json.Json.createObjectBuilder()
                .add("subject", "Charged twice for my annual renewal " + UUID.randomUUID().toString().substring(0, 6))
                .add("description", "<p>My statement shows two payments of 180.00 for the renewal. Please refund one.</p>")
                .add("categoryId", TicketFixtures.categoryId(memberToken, "Membership & Billing")));
        String number = ticket.getString("number");

        browser.open("/console/ticket?number=" + number);
        browser.signIn("demo", "agent@demo.test", Api.PASSWORD);
        browser.waitForText("#summary", "Charged twice for my annual renewal");
        browser.waitForText("#key-points", "180.00");
        browser.choose("Tone", "Friendly");
        browser.click("#reply\\:draft");
        browser.waitForText("#reply\\:draft-box", "Refund a duplicate payment");
        browser.waitForText("#reply\\:body", "Hi Morgan,");
        browser.accessible("ticket with its summary and a draft");
        browser.screenshots("console-ticket-assistant");
        browser.find("#draft-citations button").click();
        browser.waitForText("#reply\\:body", "See our help article");
        browser.click("#reply\\:send-keep");
        browser.waitForText("#thread", "The refund reaches your account within five working days.");

        String memberView = Api.get("/api/support/tickets/" + ticket.getString("id"), memberToken).body();
        assertTrue(memberView.contains("Hi Morgan,") && memberView.contains("See our help article"), memberView);
        Browser member = new Browser();
        try {
            member.open("/portal/ticket?number=" + number);
            member.signIn("demo", "member@demo.test", Api.PASSWORD);
            member.waitForText("#thread", "The refund reaches your account within five working days.");
            String page = member.text("body");
            assertFalse(page.contains("AI summary") || page.contains("Key points"), "members never see a summary");
        } finally {
            member.close();
        }
    }
}
