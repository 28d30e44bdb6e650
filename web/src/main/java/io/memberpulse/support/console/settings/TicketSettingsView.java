package io.memberpulse.support.console.settings;

import io.memberpulse.support.accounts.boundary.CapabilityMatrix;
import io.memberpulse.support.accounts.boundary.ClientSettings;
import io.memberpulse.support.accounts.entity.Capability;
import io.memberpulse.support.accounts.entity.Client;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings → Ticket settings: seed 003's general settings (the ticket system on or off, auto-close after N days,
 * members may reopen closed tickets, category required, member attachments and the largest file) and the
 * capability matrix of seed 000 as a grid of roles and capabilities.
 */
@Named("ticketSettingsView")
@ViewScoped
public class TicketSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The settings' field names, as a refusal names them, and the form's fields they belong beside. */
    private static final Map<String, String> FIELDS = Map.of("autoCloseDays", "general:auto-close",
            "maxAttachmentMegabytes", "general:max-size");

    static final List<Role> STAFF_ROLES = List.of(Role.ROLE_CLIENT_ADMIN, Role.ROLE_CLIENT_USER);

    @Inject
    transient ClientSettings settings;

    @Inject
    transient CapabilityMatrix matrix;

    private boolean ticketsEnabled;
    private boolean membersReopenClosed;
    private int autoCloseDays;
    private boolean categoryRequired;
    private boolean memberAttachments;
    private int maxAttachmentMegabytes;
    /** role → capability → allowed, as the grid's check boxes bind them. */
    private final Map<Role, Map<Capability, Boolean>> grid = new EnumMap<>(Role.class);

    public void load() {
        Client client = settings.mine();
        ticketsEnabled = client.ticketsEnabled();
        membersReopenClosed = client.membersReopenClosed();
        autoCloseDays = client.autoCloseDays();
        categoryRequired = client.categoryRequired();
        memberAttachments = client.memberAttachments();
        maxAttachmentMegabytes = client.maxAttachmentMegabytes();
        Map<Role, Set<Capability>> current = matrix.read();
        for (Role role : STAFF_ROLES) {
            Map<Capability, Boolean> row = new LinkedHashMap<>();
            for (Capability capability : Capability.values()) {
                row.put(capability, current.getOrDefault(role, Set.of()).contains(capability));
            }
            grid.put(role, row);
        }
    }

    public void saveGeneral() {
        try {
            settings.change(new ClientSettings.TicketSettings(ticketsEnabled, membersReopenClosed, autoCloseDays,
                    categoryRequired, memberAttachments, maxAttachmentMegabytes));
            Messages.info("Ticket settings saved", ticketsEnabled ? null
                    : "The ticket system is off: members are told tickets are not available.");
        } catch (RuleViolation refused) {
            Messages.field(FIELDS.getOrDefault(refused.field(), "general:save-general"), refused.getMessage());
        }
    }

    public void saveMatrix() {
        Map<Role, Set<Capability>> changed = new EnumMap<>(Role.class);
        grid.forEach((role, row) -> {
            Set<Capability> allowed = EnumSet.noneOf(Capability.class);
            row.forEach((capability, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    allowed.add(capability);
                }
            });
            changed.put(role, allowed);
        });
        try {
            matrix.change(changed);
            Messages.info("Capabilities saved", null);
        } catch (BusinessException refused) {
            Messages.warn(refused.title(), refused.getMessage());
        }
    }

    public List<Role> getRoles() {
        return STAFF_ROLES;
    }

    public Capability[] getCapabilities() {
        return Capability.values();
    }

    public String roleLabel(Role role) {
        return role == Role.ROLE_CLIENT_ADMIN ? "Administrators" : "Support agents";
    }

    public String capabilityLabel(Capability capability) {
        return switch (capability) {
            case VIEW_ALL -> "View all tickets";
            case RESPOND -> "Respond";
            case ASSIGN -> "Assign to anyone";
            case ASSIGN_SELF -> "Assign to self";
            case CHANGE_PRIORITY -> "Change priority";
            case CLOSE -> "Resolve and close";
        };
    }

    public Map<Role, Map<Capability, Boolean>> getGrid() {
        return grid;
    }

    public boolean isTicketsEnabled() {
        return ticketsEnabled;
    }

    public void setTicketsEnabled(boolean ticketsEnabled) {
        this.ticketsEnabled = ticketsEnabled;
    }

    public boolean isMembersReopenClosed() {
        return membersReopenClosed;
    }

    public void setMembersReopenClosed(boolean membersReopenClosed) {
        this.membersReopenClosed = membersReopenClosed;
    }

    public int getAutoCloseDays() {
        return autoCloseDays;
    }

    public void setAutoCloseDays(int autoCloseDays) {
        this.autoCloseDays = autoCloseDays;
    }

    public boolean isCategoryRequired() {
        return categoryRequired;
    }

    public void setCategoryRequired(boolean categoryRequired) {
        this.categoryRequired = categoryRequired;
    }

    public boolean isMemberAttachments() {
        return memberAttachments;
    }

    public void setMemberAttachments(boolean memberAttachments) {
        this.memberAttachments = memberAttachments;
    }

    public int getMaxAttachmentMegabytes() {
        return maxAttachmentMegabytes;
    }

    public void setMaxAttachmentMegabytes(int maxAttachmentMegabytes) {
        this.maxAttachmentMegabytes = maxAttachmentMegabytes;
    }
}
