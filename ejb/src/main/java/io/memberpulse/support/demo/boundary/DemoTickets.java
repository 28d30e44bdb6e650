package io.memberpulse.support.demo.boundary;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.accounts.entity.Team;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.knowledge.control.ArticleTexts;
import io.memberpulse.support.knowledge.entity.Article;
import io.memberpulse.support.knowledge.entity.CannedResponse;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.control.TenantContext;
import io.memberpulse.support.sla.control.SlaClock;
import io.memberpulse.support.sla.entity.SlaPolicy;
import io.memberpulse.support.tickets.control.TicketNumbers;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.MessageBody;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Subject;
import io.memberpulse.support.tickets.entity.Tags;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The demo client's categories (seed 002) and a realistic queue: a few dozen tickets over the last two months,
 * across statuses, categories, priorities and agents, with replies and internal notes. Reproducible (fixed seed).
 */
@Stateless
public class DemoTickets {

    private static final String[][] CATEGORIES = {
        {"Account & Login", "Technical Support", "24", "How to reset my password, two-factor codes, a locked account"},
        {"Membership & Billing", "Billing Team", "24", "Update payment method, invoices, renew or cancel my membership"},
        {"Events", "Events Team", "48", "Bookings, badges, dietary requirements, conference programme"},
        {"Courses & Learning", "LMS Support", "48", "Course access, videos, quizzes and results"},
        {"CPD", "CPD Team", "48", "Download certificates, log CPD hours, requirements"},
        {"Technical Issue", "Technical Support", "24", "Something on the website or app does not work"},
        {"Other", "General Support", "48", "Anything else we can help with"},
    };

    /** Canned responses staff insert by picker or by shortcut (seed 003), with their variables. */
    private static final String[][] CANNED = {
        {"Password reset steps", "<p>Hello {{member.firstName}},</p><p>Please use <strong>Forgot password</strong> on the "
                + "sign-in page; the link we send is valid for one hour. If it does not arrive, check your spam folder "
                + "and let us know.</p><p>{{agent.firstName}}, {{client.name}}</p>", "/password-reset"},
        {"Activation help", "<p>Hello {{member.firstName}},</p><p>Your membership is active again. Please sign out and "
                + "in once so that your access is refreshed.</p><p>{{agent.firstName}}</p>", "/activation-help"},
        {"Badge name corrected", "<p>Hello {{member.firstName}},</p><p>We have corrected the name on your badge for "
                + "ticket {{ticket.number}}; the new badge will be at the registration desk.</p>", "/badge-name"},
    };

    /** Subject and description per category, in the members' own words. */
    private static final String[][][] ISSUES = {
        {{"Cannot log in after resetting my password",
            "<p>I reset my password twice yesterday but the portal still says <b>invalid credentials</b>. I use Chrome on Windows.</p>"},
         {"Two-factor code never arrives", "<p>The SMS with the login code does not arrive on my phone (+44 number).</p>"},
         {"Locked out of my account", "<p>After a few attempts the portal says my account is locked. Can you unlock it?</p>"}},
        {{"Charged twice for my annual renewal",
            "<p>My card statement shows two payments of 180.00 for the renewal on the 3rd. Please refund one.</p>"},
         {"Need an invoice with our company VAT number", "<p>Our finance team needs the invoice re-issued with VAT number GB123456789.</p>"},
         {"How do I cancel my membership?", "<p>I am retiring at the end of the month and would like to cancel my membership.</p>"},
         {"Update payment method", "<p>My card expired; where can I add the new one before the direct debit fails?</p>"}},
        {{"Wrong name on my conference badge", "<p>My badge for the annual conference shows my maiden name.</p>"},
         {"Can I transfer my event ticket to a colleague?", "<p>I cannot attend the regional meetup; can my colleague use my place?</p>"},
         {"Dietary requirements for the gala dinner", "<p>I registered but forgot to add that I am vegan.</p>"}},
        {{"Course video stops at 45%", "<p>The module 3 video of Ethics in Practice freezes at 45% every time.</p>"},
         {"Quiz marked wrong although my answers were correct", "<p>Question 7 of the final quiz accepts none of the options.</p>"},
         {"Certificate not issued after completing course", "<p>I finished Advanced Auditing last week but no certificate appeared.</p>"}},
        {{"CPD hours not recorded for the webinar", "<p>The webinar on 12 March (2 hours) is missing from my CPD log.</p>"},
         {"Download my CPD certificate for 2025", "<p>The download button for last year's CPD statement gives an error.</p>"}},
        {{"Member directory search returns nothing", "<p>Searching the directory for any name returns an empty page.</p>"},
         {"Mobile app crashes on start", "<p>The app closes immediately after the splash screen on Android 14.</p>"},
         {"Error 500 when updating my profile photo", "<p>Uploading a PNG of 2 MB fails with an error page.</p>"}},
        {{"Question about the mentoring programme", "<p>Who can I talk to about becoming a mentor next year?</p>"},
         {"Change of address", "<p>We moved; please update my postal address for the journal.</p>"}},
    };

    private static final String[] AGENT_REPLIES = {
        "<p>Thank you for getting in touch. I am looking into this now and will update you shortly.</p>",
        "<p>Could you send us a screenshot of the message you see? That will help us find the cause.</p>",
        "<p>This is fixed on our side. Could you try again and let us know if it works?</p>",
        "<p>I have passed this to our billing team; they will confirm the refund within two working days.</p>",
    };

    private static final String[] MEMBER_REPLIES = {
        "<p>Thanks, here is the screenshot you asked for.</p>",
        "<p>It works now, thank you very much!</p>",
        "<p>I tried again this morning and it still fails.</p>",
    };

    private static final String[] NOTES = {
        "<p>Checked the logs: the reset link was used twice within a minute.</p>",
        "<p>Duplicate payment confirmed in the payment provider's dashboard.</p>",
        "<p>Known issue with the video CDN, ticket raised with the vendor.</p>",
    };

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    TicketNumbers numbers;

    @Inject
    Clock clock;

    @Inject
    ArticleTexts texts;

    public void seed(UUID clientId, int ticketCount) {
        tenant.enter(clientId);
        Instant now = clock.instant();
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.length; i++) {
            Category category = new Category(CATEGORIES[i][0], CATEGORIES[i][3], i + 1, CATEGORIES[i][1],
                    Integer.valueOf(CATEGORIES[i][2]), now.minus(Duration.ofDays(90)));
            em.persist(category);
            categories.add(category);
        }
        for (String[] canned : CANNED) {
            em.persist(new CannedResponse(canned[0], canned[1], null, canned[2], now.minus(Duration.ofDays(60))));
        }
        seedArticles(categories, now);
        List<Account> accounts = em.createNamedQuery(Account.ALL, Account.class).getResultList();
        // seed 002's teams, one per routing team, with every staff member in each and tickets left in their queues
        // (manual): an administrator turns on round-robin or load balancing per team
        List<Account> staffMembers = accounts.stream().filter(a -> a.role().isStaff()).toList();
        Account lead = staffMembers.stream().filter(a -> a.role() == Role.ROLE_CLIENT_ADMIN).findFirst().orElse(null);
        Map<String, UUID> teams = new HashMap<>();
        for (String name : categories.stream().map(Category::routingTeam).distinct().toList()) {
            Team team = new Team(name);
            team.lead(lead);
            team.staff(staffMembers);
            em.persist(team);
            teams.put(name, team.id());
        }
        List<Account> members = accounts.stream().filter(a -> a.role() == Role.ROLE_MEMBER).toList();
        List<Account> staff = accounts.stream().filter(a -> a.role().isStaff()).toList();
        Random random = new Random(42);
        for (int i = 0; i < ticketCount; i++) {
            int categoryIndex = random.nextInt(ISSUES.length);
            String[] issue = ISSUES[categoryIndex][random.nextInt(ISSUES[categoryIndex].length)];
            Priority priority = Priority.values()[weighted(random, 25, 50, 20, 5)];
            Instant created = now.minus(Duration.ofMinutes(60L * 24 * 60 * (ticketCount - i) / ticketCount
                    + random.nextInt(600)));
            Category category = categories.get(categoryIndex);
            create(random, issue, category, teams.get(category.routingTeam()), priority,
                    members.get(random.nextInt(members.size())), staff.get(random.nextInt(staff.size())), created, now);
        }
    }

    private void create(Random random, String[] issue, Category category, UUID team, Priority priority,
            Account member, Account agent, Instant created, Instant now) {
        String number = numbers.next(tenant.current().orElseThrow(), created.atZone(ZoneOffset.UTC).getYear());
        Ticket.Opened opened = Ticket.open(number, member, null, Subject.of(issue[0]),
                MessageBody.of(issue[1], "description"), category, priority,
                random.nextInt(5) == 0 ? Channel.EMAIL : Channel.PORTAL, member.id(), created);
        Ticket ticket = opened.ticket();
        ticket.route(team);
        SlaClock.follow(ticket, SlaPolicy.DEFAULT, created);
        em.persist(ticket);
        em.persist(opened.event());
        // how far along this ticket got: about a third open or unassigned, the rest worked on or done
        int stage = weighted(random, 25, 20, 15, 5, 20, 15);
        Instant at = created.plus(Duration.ofMinutes(20 + random.nextInt(300)));
        if (stage == 0 || at.isAfter(now)) {
            pastBreaches(ticket, now);
            return;
        }
        save(ticket.assign(agent, agent.id(), at));
        if (random.nextBoolean()) {
            save(ticket.tags().isEmpty() ? ticket.retag(Tags.of(Set.of(category.routingTeam().toLowerCase().replace(' ', '-'))),
                    agent.id(), at) : null);
        }
        String note = NOTES[random.nextInt(NOTES.length)];
        String agentReply = AGENT_REPLIES[random.nextInt(AGENT_REPLIES.length)];
        String memberReply = MEMBER_REPLIES[random.nextInt(MEMBER_REPLIES.length)];
        if (random.nextInt(3) == 0) {
            reply(ticket.replyFromStaff(agent, MessageBody.of(note, "body"), true, null, at));
        }
        Status next = switch (stage) {
            case 1 -> null;
            case 2 -> Status.WAITING_ON_MEMBER;
            case 3 -> Status.WAITING_ON_THIRD_PARTY;
            default -> Status.RESOLVED;
        };
        at = at.plus(Duration.ofMinutes(5));
        reply(ticket.replyFromStaff(agent, MessageBody.of(agentReply, "body"), false,
                next == Status.WAITING_ON_THIRD_PARTY ? null : next, at));
        if (next == Status.WAITING_ON_THIRD_PARTY) {
            save(ticket.changeStatus(Status.WAITING_ON_THIRD_PARTY, agent.id(), "Waiting for the vendor", at));
        }
        if (stage == 1 && random.nextBoolean()) {
            reply(ticket.replyFromMember(member, MessageBody.of(memberReply, "body"),
                    at.plus(Duration.ofHours(2))));
        }
        if (stage == 5 && at.plus(Duration.ofDays(7)).isBefore(now)) {
            save(ticket.changeStatus(Status.CLOSED, null, "Closed automatically 7 days after resolution",
                    at.plus(Duration.ofDays(7))));
        }
        SlaClock.follow(ticket, SlaPolicy.DEFAULT, at);
        pastBreaches(ticket, now);
    }

    /** Breaches from before the demo began are history, recorded as such: the scan escalates only new ones. */
    private static void pastBreaches(Ticket ticket, Instant now) {
        SlaClock.follow(ticket, SlaPolicy.DEFAULT, now);
        SlaClock.breach(ticket, SlaPolicy.DEFAULT, now);
    }

    private void reply(Ticket.Reply reply) {
        em.persist(reply.response());
        reply.events().forEach(this::save);
    }

    private void save(Object event) {
        if (event != null) {
            em.persist(event);
        }
    }

    private static int weighted(Random random, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The help centre: articles on the same topics as the demo tickets, several of them near neighbours. */
    private void seedArticles(List<Category> categories, Instant now) {
        try (InputStream in = DemoTickets.class.getResourceAsStream("articles.json");
                JsonReader reader = Json.createReader(in)) {
            for (JsonObject article : reader.readArray().getValuesAs(JsonObject.class)) {
                List<String> tags = article.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                UUID category = categories.stream().filter(c -> c.name().equals(article.getString("category")))
                        .map(Category::id).findFirst().orElse(null);
                em.persist(new Article(texts.content(article.getString("title"),
                        RichText.sanitise(article.getString("body")), category, tags, true,
                        article.getBoolean("popular", false)), now.minus(Duration.ofDays(80))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
