package io.memberpulse.support.portal;

import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.pages.PendingFiles;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.entity.Attachment;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.Ticket;
import io.memberpulse.support.tickets.entity.TicketDetail;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/**
 * The member's view of one of their tickets: status, the public thread (never an internal note), files, a reply
 * (which moves a ticket waiting on them back to In Progress) and reopening a resolved ticket.
 */
@Named("portalTicketView")
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberTickets tickets;

    @Inject
    transient ClientSettings settings;

    private String number;
    private UUID id;
    private transient TicketDetail detail;
    private String body;
    private String reopenReason;
    private final PendingFiles files = new PendingFiles();
    private boolean attachmentsAllowed;

    public void load() {
        detail = tickets.detailOf(number);
        id = detail.ticket().id();
        Client client = settings.mine();
        attachmentsAllowed = client.memberAttachments();
        files.limitTo(client.maxAttachmentMegabytes());
    }

    /** Seed 003's "Allow Customer Attachments": without it the reply has no file field. */
    public boolean isAttachmentsAllowed() {
        return attachmentsAllowed;
    }

    public TicketDetail getDetail() {
        if (detail == null) {
            detail = tickets.detail(id);
        }
        return detail;
    }

    public Ticket getTicket() {
        return getDetail().ticket();
    }

    public void reply() {
        try {
            tickets.reply(id, body, files.uploads());
            body = null;
            files.clear();
            detail = tickets.detail(id);
            Messages.info("Reply sent", "Support will get back to you here.");
        } catch (BusinessException refused) {
            Messages.field("reply:body", refused.getMessage());
        }
    }

    public void reopen() {
        try {
            tickets.reopen(id, reopenReason);
            reopenReason = null;
            detail = tickets.detail(id);
            Messages.info("Ticket reopened", "Support will look at it again.");
        } catch (BusinessException refused) {
            Messages.warn(refused.title(), refused.getMessage());
        }
    }

    public boolean isReopenable() {
        return getTicket().status() == Status.RESOLVED;
    }

    public boolean isClosed() {
        return getTicket().status() == Status.CLOSED;
    }

    public void upload(FileUploadEvent event) {
        files.add(event, "reply:files");
    }

    public void removeFile(PendingFiles.Pending file) {
        files.remove(file);
    }

    public List<Attachment> filesOf(UUID responseId) {
        return getDetail().attachments().stream()
                .filter(a -> responseId == null ? a.responseId() == null : responseId.equals(a.responseId())).toList();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public PendingFiles getFiles() {
        return files;
    }
}
