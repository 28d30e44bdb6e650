package io.memberpulse.support.portal;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.knowledge.boundary.Articles;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.pages.PendingFiles;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Ticket;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/**
 * The member's ticket form (seed 002). The form keeps one Idempotency-Key for its whole life, so a double click or
 * a retry after a failed answer makes one ticket, never two; a refusal is shown beside its field and nothing typed
 * is lost. A possible duplicate is offered as soon as the subject is written, and help-centre articles that may
 * answer it while it is typed (seed 003).
 */
@Named("portalNewTicketView")
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The API's field names, as refusals name them, and the form's fields they belong beside. */
    private static final Map<String, String> FIELDS = Map.of("categoryId", "ticket:category", "subject",
            "ticket:subject", "description", "ticket:description", "priority", "ticket:priority", "files",
            "ticket:files");

    @Inject
    transient MemberTickets tickets;

    @Inject
    transient Categories categories;

    @Inject
    transient ClientSettings settings;

    @Inject
    transient Articles articles;

    private UUID category;
    private String subject;
    private String description;
    private Priority priority = Priority.NORMAL;
    private final PendingFiles files = new PendingFiles();
    private final String submissionKey = UUID.randomUUID().toString();
    private String duplicateNumber;
    private String duplicateSubject;
    private List<Suggestion> suggestions = List.of();
    private boolean categoryRequired = true;
    private boolean attachmentsAllowed = true;

    /** The client's form settings (seed 003): category required, member attachments and their largest size. */
    @PostConstruct
    void readSettings() {
        Client client = settings.mine();
        categoryRequired = client.categoryRequired();
        attachmentsAllowed = client.memberAttachments();
        files.limitTo(client.maxAttachmentMegabytes());
    }

    public boolean isCategoryRequired() {
        return categoryRequired;
    }

    public boolean isAttachmentsAllowed() {
        return attachmentsAllowed;
    }

    public void checkDuplicate() {
        Ticket duplicate = tickets.possibleDuplicate(subject);
        duplicateNumber = duplicate == null ? null : duplicate.number();
        duplicateSubject = duplicate == null ? null : duplicate.subject();
    }

    /** An article offered while the member types; a record of strings, so the view stays serialisable. */
    public record Suggestion(String id, String title) implements Serializable {
    }

    /**
     * Articles that may answer what the subject and the description say so far; nothing for fewer than three words'
     * worth. Asked while the member types (a pause in the subject or the description).
     */
    public void suggest() {
        String text = ((subject == null ? "" : subject.strip()) + ". " + RichText.plain(RichText.sanitise(description)))
                .strip();
        text = text.substring(0, Math.min(text.length(), Articles.QUESTION_LENGTH));
        suggestions = text.length() < 10 ? List.of() : articles.searchPublished(text, 3).stream()
                .map(found -> new Suggestion(found.article().id().toString(), found.article().title())).toList();
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public String submit() {
        try {
            MemberTickets.Submission done = tickets.submit(new MemberTickets.NewTicket(subject, description, category,
                    priority), submissionKey, files.uploads());
            return "/portal/submitted?faces-redirect=true&number=" + done.ticket().number();
        } catch (RuleViolation refused) {
            Messages.field(FIELDS.getOrDefault(refused.field(), "ticket:error"), refused.getMessage());
        } catch (BusinessException refused) {
            Messages.field(refused.status() == 415 || refused.status() == 413 ? "ticket:files" : "ticket:error",
                    refused.getMessage());
        } catch (RuntimeException failed) {
            // the answer did not come: the same key makes a retry safe, and the form keeps what was typed
            Messages.field("ticket:error", "Your ticket could not be submitted just now. Nothing you typed is lost: "
                    + "press Submit again to retry.");
        }
        return null;
    }

    public void upload(FileUploadEvent event) {
        files.add(event, "ticket:files");
    }

    public void removeFile(PendingFiles.Pending file) {
        files.remove(file);
    }

    public List<Category> getCategories() {
        return categories.active();
    }

    public Priority[] getPriorities() {
        return new Priority[] {Priority.LOW, Priority.NORMAL, Priority.HIGH};
    }

    /** Seed 002's explanation beside each priority. */
    public String explain(Priority priority) {
        return switch (priority) {
            case LOW -> "General question";
            case NORMAL -> "Issue affecting my work";
            case HIGH -> "Urgent, blocking issue";
            case URGENT -> "";
        };
    }

    public UUID getCategory() {
        return category;
    }

    public void setCategory(UUID category) {
        this.category = category;
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

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public PendingFiles getFiles() {
        return files;
    }

    public String getDuplicateNumber() {
        return duplicateNumber;
    }

    public String getDuplicateSubject() {
        return duplicateSubject;
    }
}
