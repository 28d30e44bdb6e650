package io.memberpulse.support.console.settings;

import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.knowledge.boundary.CannedResponses;
import io.memberpulse.support.knowledge.control.TemplateVariables;
import io.memberpulse.support.knowledge.entity.CannedResponse;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.control.RichText;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Settings → Canned responses: title, body with variables, category and shortcut, with a preview filled in with
 * sample values so the administrator sees what a member will read.
 */
@Named("cannedSettingsView")
@ViewScoped
public class CannedResponsesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the preview puts in each variable. */
    private static final Map<String, String> SAMPLE = Map.of("member.firstName", "Morgan", "member.name",
            "Morgan Member", "member.email", "morgan@example.org", "ticket.number", "TKT-2026-00042",
            "ticket.subject", "Cannot download my certificate", "ticket.status", "IN_PROGRESS", "agent.name",
            "Alex Agent", "agent.firstName", "Alex", "client.name", "Your Association");

    @Inject
    transient CannedResponses canned;

    @Inject
    transient Categories categories;

    private transient List<CannedResponse> all;
    private UUID editing;
    private String title;
    private String body;
    private UUID category;
    private String shortcut;

    public List<CannedResponse> getAll() {
        if (all == null) {
            all = canned.all();
        }
        return all;
    }

    public void edit(CannedResponse response) {
        editing = response.id();
        title = response.title();
        body = response.body();
        category = response.categoryId();
        shortcut = response.shortcut();
    }

    public void cancel() {
        editing = null;
        title = null;
        body = null;
        category = null;
        shortcut = null;
    }

    public void save() {
        CannedResponses.Draft draft = new CannedResponses.Draft(title, body, category, shortcut);
        try {
            if (editing == null) {
                canned.create(draft);
            } else {
                canned.update(editing, draft);
            }
            Messages.info(title + " saved", null);
            cancel();
            all = null;
        } catch (RuleViolation refused) {
            Messages.field("canned:" + switch (refused.field()) {
                case "body" -> "body";
                case "shortcut" -> "shortcut";
                default -> "title";
            }, refused.getMessage());
        } catch (BusinessException refused) {
            Messages.field("canned:shortcut", refused.getMessage());
        }
    }

    public void delete(CannedResponse response) {
        canned.delete(response.id());
        Messages.info(response.title() + " deleted", null);
        all = null;
    }

    /** The body with sample values in its variables, sanitised: what a member would read. */
    public String getPreview() {
        return body == null ? "" : RichText.sanitise(TemplateVariables.render(body, SAMPLE));
    }

    public List<String> getVariables() {
        return List.copyOf(new TreeSet<>(TemplateVariables.KNOWN));
    }

    public List<Category> getCategories() {
        return categories.all();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public UUID getCategory() {
        return category;
    }

    public void setCategory(UUID category) {
        this.category = category;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }
}
