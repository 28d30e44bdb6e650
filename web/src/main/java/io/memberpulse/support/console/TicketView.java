package io.memberpulse.support.console;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.ai.boundary.Assistant;
import io.memberpulse.support.ai.control.SummaryMaker;
import io.memberpulse.support.ai.entity.AssistantSettings;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.knowledge.entity.CannedResponse;
import io.memberpulse.support.pages.Labels;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.pages.PendingFiles;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.Forbidden;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.sla.boundary.SlaStatus;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.boundary.Collisions;
import io.memberpulse.support.tickets.boundary.TicketReads;
import io.memberpulse.support.tickets.boundary.Tickets;
import io.memberpulse.support.tickets.entity.Attachment;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketDetail;
import io.memberpulse.support.tickets.entity.TicketEvent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.event.FileUploadEvent;

/**
 * One ticket as an agent works it: thread, files, timeline, the member's other tickets, the reply editor with
 * its four ways to send, canned responses (picked or typed as a shortcut), assignment, priority, status, merge
 * and the collision notice. What the agent typed lives with the view, so a refusal or a conflict never loses it.
 */
@Named("consoleTicketView")
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The unsent reply, carried over a reload after a conflict. */
    private static final String DRAFT = TicketView.class.getName() + ".draft";

    @Inject
    transient TicketReads reads;

    @Inject
    transient Tickets tickets;

    @Inject
    transient SlaStatus slaStatus;

    private transient SlaView sla;
    private transient Long slaOfVersion;

    @Inject
    transient Accounts accounts;

    @Inject
    transient CannedResponses canned;

    @Inject
    transient Collisions collisions;

    @Inject
    transient ClientSettings settings;

    @Inject
    transient Assistant assistant;

    private String number;
    private UUID id;
    private long version;
    private transient TicketDetail detail;

    private String body;
    private final PendingFiles files = new PendingFiles();
    private UUID cannedId;
    private UUID assigneeId;
    private Status newStatus;
    private String statusReason;
    private List<String> mergeIds = new ArrayList<>();
    private String primaryId;
    private String conflict;
    private boolean replying;
    private String shortcut;
    private transient List<Collisions.Viewer> others;
    private transient Assistant.SummaryResult summary;
    private transient List<SummaryMaker.Version> summaryVersions;
    private String summaryUnavailable;
    private String tone;
    private String draftHtml;
    private double draftConfidence;
    private String draftProvider;
    private List<DraftCitation> draftCitations = List.of();
    private List<String> draftQuestions = List.of();

    public void load() {
        Object draft = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(DRAFT);
        if (draft instanceof String kept) {
            body = kept;
        }
        show(reads.detailOf(number));
        others = collisions.here(id, false);
        files.limitTo(settings.mine().maxAttachmentMegabytes());
    }

    private void reload() {
        show(reads.detail(id));
    }

    private void show(TicketDetail read) {
        detail = read;
        id = detail.ticket().id();
        version = detail.ticket().version();
        number = detail.ticket().number();
        assigneeId = detail.ticket().assigneeId();
        conflict = null;
    }

    public TicketDetail getDetail() {
        if (detail == null && id != null) {
            detail = reads.detail(id);
        }
        return detail;
    }

    public Ticket getTicket() {
        return getDetail().ticket();
    }

    /** Where the ticket stands against its service level, read again whenever the ticket changed. */
    public SlaView getSla() {
        Ticket ticket = getTicket();
        if (slaOfVersion == null || slaOfVersion != ticket.version()) {
            sla = slaStatus.of(List.of(ticket)).get(ticket.id());
            slaOfVersion = ticket.version();
        }
        return sla;
    }

    // the assistant

    /** A citation of the last draft, serialisable with the view. */
    public record DraftCitation(String articleId, String title, String passage) implements Serializable {
    }

    /** The ticket's summary (a new version if a message or a status change arrived); on failure, what to do. */
    public Assistant.SummaryResult getSummary() {
        if (summary == null && summaryUnavailable == null) {
            try {
                summary = assistant.summary(id);
            } catch (Forbidden off) {
                summaryUnavailable = off.getMessage();
            } catch (RuntimeException failed) {
                summaryUnavailable = "Summary unavailable — retry. " + getTicket().number() + ": "
                        + getTicket().subject() + ", " + Labels.statusForMember(getTicket().status()) + ".";
            }
        }
        return summary;
    }

    public String getSummaryUnavailable() {
        getSummary();
        return summaryUnavailable;
    }

    public void refreshSummary() {
        summaryUnavailable = null;
        summaryVersions = null;
        try {
            summary = assistant.refresh(id);
        } catch (BusinessException refused) {
            summaryUnavailable = refused.getMessage();
        }
    }

    public List<SummaryMaker.Version> getSummaryVersions() {
        if (summaryVersions == null) {
            summaryVersions = assistant.history(id);
        }
        return summaryVersions;
    }

    /** A draft in the chosen tone lands in the editor, replacing what was there; it is sent only by a click. */
    public void draft() {
        try {
            Assistant.DraftResult result = assistant.draft(id, tone, true, null);
            draftHtml = html(result.draft().draft());
            body = draftHtml;
            draftConfidence = result.draft().confidence();
            draftProvider = result.provider();
            draftCitations = result.draft().citations().stream()
                    .map(c -> new DraftCitation(c.articleId(), c.title(), c.passage())).toList();
            draftQuestions = List.copyOf(result.draft().clarifyingQuestions());
            tone = result.draft().tone();
        } catch (BusinessException refused) {
            Messages.field("reply:draft-status", refused.getMessage());
        } catch (RuntimeException failed) {
            Messages.field("reply:draft-status", "No draft just now: pick a canned response instead, or retry.");
        }
    }

    public void discardDraft() {
        if (draftHtml != null) {
            assistant.draftOutcome(id, "discarded");
        }
        body = null;
        forgetDraft();
    }

    /** Adds a link to the cited article at the end of the reply. */
    public void insertCitation(DraftCitation citation) {
        String link = "<p>See our help article <a href=\"" + ConfigProvider.getConfig().getOptionalValue("memberpulse.public-url", String.class).orElse("")
                .replaceAll("/+$", "") + "/portal/article?id="
                + citation.articleId() + "\">" + escape(citation.title()) + "</a>.</p>";
        body = body == null ? link : body + link;
    }

    private void forgetDraft() {
        draftHtml = null;
        draftCitations = List.of();
        draftQuestions = List.of();
    }

    /** The draft's plain text as paragraphs for the editor. */
    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            out.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public boolean isDrafted() {
        return draftHtml != null;
    }

    public String getDraftConfidence() {
        return Math.round(draftConfidence * 100) + " %";
    }

    public String getDraftProvider() {
        return draftProvider;
    }

    public List<DraftCitation> getDraftCitations() {
        return draftCitations;
    }

    public List<String> getDraftQuestions() {
        return draftQuestions;
    }

    public List<String> getTones() {
        return AssistantSettings.TONES;
    }

    public String getTone() {
        return tone;
    }

    public void setTone(String tone) {
        this.tone = tone;
    }

    // replying

    public void sendKeep() {
        send(false, null, "Reply sent");
    }

    public void sendWaiting() {
        send(false, Status.WAITING_ON_MEMBER, "Reply sent; waiting on the member");
    }

    public void sendResolve() {
        send(false, Status.RESOLVED, "Reply sent; ticket resolved");
    }

    public void saveNote() {
        send(true, null, "Internal note saved");
    }

    private void send(boolean internal, Status after, String done) {
        try {
            tickets.respond(id, body, internal, after, files.uploads());
            if (draftHtml != null && !internal) {
                assistant.draftOutcome(id, draftHtml.equals(body) ? "used" : "edited");
                forgetDraft();
            }
            summary = null;
            body = null;
            files.clear();
            replying = false;
            reload();
            Messages.info(done, null);
        } catch (RuleViolation refused) {
            Messages.field("reply:body", refused.getMessage());
        } catch (BusinessException refused) {
            Messages.warn(refused.title(), refused.getMessage());
        }
    }

    public void upload(FileUploadEvent event) {
        files.add(event, "reply:files");
    }

    public void removeFile(PendingFiles.Pending file) {
        files.remove(file);
    }

    /** The canned response chosen in the picker, filled in and added to what is typed. */
    public void insertCanned() {
        if (cannedId == null) {
            Messages.field("reply:canned", "Choose a canned response.");
            return;
        }
        String text = canned.render(cannedId, id);
        body = body == null || body.isBlank() ? text : body + text;
        cannedId = null;
    }

    /** A shortcut typed in the editor ({@code /activation-help}): replaced by the response it names. */
    public void insertShortcut() {
        if (shortcut == null || body == null || !body.contains(shortcut)) {
            return;
        }
        try {
            String text = canned.renderShortcut(shortcut, id);
            body = body.replace(shortcut, stripParagraph(text));
        } catch (BusinessException unknown) {
            Messages.field("reply:body", "No canned response has the shortcut " + shortcut + ".");
        }
        shortcut = null;
    }

    private static String stripParagraph(String html) {
        String text = html.strip();
        return text.startsWith("<p>") && text.endsWith("</p>") && text.indexOf("<p>", 1) < 0
                ? text.substring(3, text.length() - 4) : text;
    }

    public List<CannedResponse> getCannedResponses() {
        return canned.all();
    }

    // changes

    public void changePriority(Priority to) {
        try {
            tickets.update(id, version, new Tickets.Changes(null, null, false, to, null));
            reload();
            Messages.info("Priority " + Labels.priority(to), null);
        } catch (Conflict stale) {
            conflicted();
        } catch (BusinessException refused) {
            Messages.warn(refused.title(), refused.getMessage());
        }
    }

    public void assign() {
        assignTo(assigneeId);
    }

    public void assignToMe() {
        assignTo(accounts.me().account().id());
    }

    private void assignTo(UUID to) {
        try {
            tickets.assign(id, to);
            reload();
            Messages.info(to == null ? "Unassigned" : "Assigned to " + getTicket().assignee().displayName(), null);
        } catch (BusinessException refused) {
            Messages.warn(refused.title(), refused.getMessage());
        }
    }

    public void changeStatus() {
        if (newStatus == null) {
            Messages.field("status:new-status", "Choose the new status.");
            return;
        }
        try {
            tickets.changeStatus(id, newStatus, statusReason);
            Messages.info("Status " + Labels.status(newStatus), null);
            newStatus = null;
            statusReason = null;
            reload();
        } catch (BusinessException refused) {
            Messages.field("status:new-status", refused.getMessage());
        }
    }

    /** Merges the chosen tickets into the primary, and opens the primary. */
    public String merge() {
        if (mergeIds.isEmpty()) {
            Messages.field("merge:candidates", "Choose the tickets to merge.");
            return null;
        }
        UUID primary = primaryId == null || primaryId.isBlank() ? id : UUID.fromString(primaryId);
        List<UUID> all = new ArrayList<>(mergeIds.stream().map(UUID::fromString).toList());
        all.add(id);
        if (!all.contains(primary)) {
            Messages.field("merge:primary", "The ticket to keep must be one of those merged.");
            return null;
        }
        all.remove(primary);
        try {
            Ticket kept = tickets.merge(primary, all);
            Messages.info("Merged into " + kept.number(), null);
            Messages.keep();
            return "/console/ticket?faces-redirect=true&number=" + kept.number();
        } catch (BusinessException refused) {
            Messages.field("merge:candidates", refused.getMessage());
            return null;
        }
    }

    /** The tickets a merge can involve: this one and the member's other open ones. */
    public List<Ticket> getMergeChoices() {
        List<Ticket> choices = new ArrayList<>();
        choices.add(getTicket());
        getDetail().otherTicketsOfMember().stream().filter(t -> t.mergedIntoId() == null).forEach(choices::add);
        return choices;
    }

    private void conflicted() {
        detail = reads.detail(id);
        String who = detail.history().stream().max(Comparator.comparing(TicketEvent::createdAt))
                .map(e -> detail.actors().getOrDefault(e.actorId(), "someone else")).orElse("someone else");
        conflict = "Changed by " + who + " while you had it open — reload to see the change.";
    }

    /**
     * The page loaded again as a new page, the unsent reply kept: redrawing the whole page in place left the
     * editor to start again on its own, which it did not always do in time.
     */
    public String reloadAfterConflict() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(DRAFT, body);
        return "/console/ticket?faces-redirect=true&number=" + number;
    }

    // collision notice

    /** Called by the page every few seconds, and when the agent starts or stops typing a reply. */
    public void heartbeat() {
        others = collisions.here(id, replying);
    }

    public List<Collisions.Viewer> getOthers() {
        if (others == null) {
            others = collisions.here(id, replying);
        }
        return others;
    }

    // what the page shows

    public List<Account> getStaff() {
        return accounts.staff();
    }

    public List<Attachment> filesOf(UUID responseId) {
        return getDetail().attachments().stream()
                .filter(a -> responseId == null ? a.responseId() == null : responseId.equals(a.responseId())).toList();
    }

    public boolean isImage(Attachment file) {
        return file.contentType().startsWith("image/");
    }

    public String actor(UUID actorId) {
        return actorId == null ? "System" : getDetail().actors().getOrDefault(actorId, "Someone");
    }

    public List<TicketEvent> getTimeline() {
        return getDetail().history().stream().sorted(Comparator.comparing(TicketEvent::createdAt).reversed()).toList();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<Status> getStatusChoices() {
        return List.of(Status.values()).stream().filter(s -> s != getTicket().status()).toList();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public UUID getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public PendingFiles getFiles() {
        return files;
    }

    public UUID getCannedId() {
        return cannedId;
    }

    public void setCannedId(UUID cannedId) {
        this.cannedId = cannedId;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Status getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(Status newStatus) {
        this.newStatus = newStatus;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public List<String> getMergeIds() {
        return mergeIds;
    }

    public void setMergeIds(List<String> mergeIds) {
        this.mergeIds = mergeIds == null ? new ArrayList<>() : new ArrayList<>(mergeIds);
    }

    public String getPrimaryId() {
        return primaryId;
    }

    public void setPrimaryId(String primaryId) {
        this.primaryId = primaryId;
    }

    public boolean isReplying() {
        return replying;
    }

    public void setReplying(boolean replying) {
        this.replying = replying;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public String getConflict() {
        return conflict;
    }
}
