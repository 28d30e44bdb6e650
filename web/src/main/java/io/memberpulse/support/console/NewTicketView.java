package io.memberpulse.support.console;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.boundary.StaffIntake;
import io.memberpulse.support.tickets.entity.Channel;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket staff record (a phone call, an e-mail, something noticed) for a member or for a contact who is not one,
 * and proactive outreach: the same message as one ticket to each listed member (seed 003, workflow 3).
 */
@Named("consoleNewTicketView")
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("member", "ticket:member"),
            Map.entry("submitterName", "ticket:contact-name"), Map.entry("submitterEmail", "ticket:contact-email"),
            Map.entry("subject", "ticket:subject"), Map.entry("description", "ticket:description"),
            Map.entry("categoryId", "ticket:category"), Map.entry("priority", "ticket:priority"),
            Map.entry("assigneeId", "ticket:assignee"), Map.entry("channel", "ticket:channel"));

    @Inject
    transient StaffIntake intake;

    @Inject
    transient Categories categories;

    @Inject
    transient Accounts accounts;

    private boolean forContact;
    private String member;
    private String contactName;
    private String contactEmail;
    private String contactCompany;
    private Channel channel = Channel.PHONE;
    private String subject;
    private String description;
    private UUID category;
    private Priority priority = Priority.NORMAL;
    private UUID assignee;

    private String outreachMembers;
    private String outreachSubject;
    private String outreachBody;
    private UUID outreachCategory;
    private List<StaffIntake.Reached> reached;

    public String create() {
        try {
            Ticket ticket = intake.create(new StaffIntake.NewTicket(forContact ? null : member,
                    forContact ? contactName : null, forContact ? contactEmail : null,
                    forContact ? contactCompany : null, channel, subject, description, category, priority, assignee,
                    null, null, null));
            Messages.info("Ticket " + ticket.number() + " created", null);
            Messages.keep();
            return "/console/ticket?faces-redirect=true&number=" + ticket.number();
        } catch (RuleViolation refused) {
            Messages.field(FIELDS.getOrDefault(refused.field(), "ticket:error"), refused.getMessage());
        } catch (BusinessException refused) {
            Messages.field("ticket:error", refused.getMessage());
        }
        return null;
    }

    public void reachOut() {
        List<String> members = outreachMembers == null ? List.of()
                : Arrays.stream(outreachMembers.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        try {
            reached = intake.reachOut(new StaffIntake.Outreach(members, outreachSubject, outreachBody,
                    outreachCategory, Priority.NORMAL));
            long made = reached.stream().filter(r -> r.ticket() != null).count();
            Messages.info(made + (made == 1 ? " ticket" : " tickets") + " created", null);
        } catch (RuleViolation refused) {
            String field = switch (refused.field()) {
                case "members" -> "outreach:members";
                case "subject" -> "outreach:subject";
                case "body", "description" -> "outreach:body";
                default -> "outreach:members";
            };
            Messages.field(field, refused.getMessage());
        } catch (BusinessException refused) {
            Messages.field("outreach:members", refused.getMessage());
        }
    }

    public List<Category> getCategories() {
        return categories.active();
    }

    public List<Account> getStaff() {
        return accounts.staff();
    }

    public Channel[] getChannels() {
        return new Channel[] {Channel.PHONE, Channel.EMAIL, Channel.INTERNAL, Channel.MONITORING};
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public boolean isForContact() {
        return forContact;
    }

    public void setForContact(boolean forContact) {
        this.forContact = forContact;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactCompany() {
        return contactCompany;
    }

    public void setContactCompany(String contactCompany) {
        this.contactCompany = contactCompany;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getCategory() {
        return category;
    }

    public void setCategory(UUID category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public UUID getAssignee() {
        return assignee;
    }

    public void setAssignee(UUID assignee) {
        this.assignee = assignee;
    }

    public String getOutreachMembers() {
        return outreachMembers;
    }

    public void setOutreachMembers(String outreachMembers) {
        this.outreachMembers = outreachMembers;
    }

    public String getOutreachSubject() {
        return outreachSubject;
    }

    public void setOutreachSubject(String outreachSubject) {
        this.outreachSubject = outreachSubject;
    }

    public String getOutreachBody() {
        return outreachBody;
    }

    public void setOutreachBody(String outreachBody) {
        this.outreachBody = outreachBody;
    }

    public UUID getOutreachCategory() {
        return outreachCategory;
    }

    public void setOutreachCategory(UUID outreachCategory) {
        this.outreachCategory = outreachCategory;
    }

    public List<StaffIntake.Reached> getReached() {
        return reached;
    }
}
