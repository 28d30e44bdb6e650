package io.memberpulse.support.console.settings;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.boundary.Teams;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Team;
import io.memberpulse.support.assignment.boundary.AssignmentSettings;
import io.memberpulse.support.assignment.entity.Choice;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import io.memberpulse.support.tickets.entity.Priority;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Settings → Assignment: the teams (name, method, supervisor, members), whether new tickets are assigned
 * automatically, and a dry run that says who would get a ticket now and why.
 */
@Named("assignmentView")
@ViewScoped
public class AssignmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Teams teams;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Categories categories;

    @Inject
    transient AssignmentSettings settings;

    private final List<Row> rows = new ArrayList<>();
    private List<Account> staff;
    private List<Category> categoryList;
    private boolean autoAssign;
    private boolean onlyInBusinessHours;
    private String newName;
    private Team.Method newMethod = Team.Method.MANUAL;
    private UUID previewCategory;
    private Priority previewPriority = Priority.NORMAL;
    private String previewTags;
    private String previewOutcome;

    /** One team as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID id;
        private String name;
        private Team.Method method;
        private String supervisorId;
        private List<String> memberIds;

        Row(Team team) {
            id = team.id();
            name = team.name();
            method = team.method();
            supervisorId = team.supervisor() == null ? "" : team.supervisor().id().toString();
            memberIds = team.members().stream().map(a -> a.id().toString()).collect(Collectors.toList());
        }

        public UUID getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Team.Method getMethod() {
            return method;
        }

        public void setMethod(Team.Method method) {
            this.method = method;
        }

        public String getSupervisorId() {
            return supervisorId;
        }

        public void setSupervisorId(String supervisorId) {
            this.supervisorId = supervisorId;
        }

        public List<String> getMemberIds() {
            return memberIds;
        }

        public void setMemberIds(List<String> memberIds) {
            this.memberIds = memberIds;
        }
    }

    public void load() {
        rows.clear();
        teams.all().forEach(team -> rows.add(new Row(team)));
        AssignmentSettings.Rules rules = settings.read();
        autoAssign = rules.autoAssign();
        onlyInBusinessHours = rules.onlyInBusinessHours();
    }

    public void save(Row row) {
        try {
            boolean noSupervisor = row.supervisorId == null || row.supervisorId.isBlank();
            teams.change(row.id, new Teams.Draft(row.name, noSupervisor ? null : UUID.fromString(row.supervisorId),
                    noSupervisor, row.method, row.memberIds.stream().map(UUID::fromString).toList()));
            Messages.info(row.name + " saved", null);
            load();
        } catch (BusinessException refused) {
            Messages.warn(refused.title(), refused.getMessage());
        }
    }

    public void delete(Row row) {
        teams.delete(row.id);
        Messages.info(row.name + " deleted", "Its tickets are back in the general queue.");
        load();
    }

    public void create() {
        try {
            teams.create(new Teams.Draft(newName, null, false, newMethod, List.of()));
            Messages.info(newName.strip() + " created", "Add its members below, and name it as the routing team "
                    + "of its categories.");
            newName = null;
            load();
        } catch (RuleViolation refused) {
            Messages.field("new-team:new-name", refused.getMessage());
        }
    }

    public void saveRules() {
        settings.change(autoAssign, onlyInBusinessHours);
        Messages.info("Assignment rules saved", null);
    }

    public void preview() {
        Set<String> tags = previewTags == null || previewTags.isBlank() ? Set.of()
                : Arrays.stream(previewTags.split("[,\\s]+")).filter(t -> !t.isBlank()).collect(Collectors.toSet());
        try {
            Choice choice = settings.preview(previewCategory, previewPriority, tags);
            previewOutcome = (choice.assignee() == null ? "Nobody in particular" : choice.assignee().displayName())
                    + (choice.team() == null ? "" : " (" + choice.team().name() + ")") + ": " + choice.reason();
        } catch (RuleViolation refused) {
            Messages.field("preview:preview-tags", refused.getMessage());
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Account> getStaff() {
        if (staff == null) {
            staff = accounts.staff();
        }
        return staff;
    }

    public List<Category> getCategories() {
        if (categoryList == null) {
            categoryList = categories.all();
        }
        return categoryList;
    }

    public Team.Method[] getMethods() {
        return Team.Method.values();
    }

    public String methodLabel(Team.Method method) {
        return switch (method) {
            case MANUAL -> "Manual (the team's queue)";
            case ROUND_ROBIN -> "Round-robin";
            case LOAD_BALANCED -> "Least open work";
        };
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public boolean isAutoAssign() {
        return autoAssign;
    }

    public void setAutoAssign(boolean autoAssign) {
        this.autoAssign = autoAssign;
    }

    public boolean isOnlyInBusinessHours() {
        return onlyInBusinessHours;
    }

    public void setOnlyInBusinessHours(boolean onlyInBusinessHours) {
        this.onlyInBusinessHours = onlyInBusinessHours;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Team.Method getNewMethod() {
        return newMethod;
    }

    public void setNewMethod(Team.Method newMethod) {
        this.newMethod = newMethod;
    }

    public UUID getPreviewCategory() {
        return previewCategory;
    }

    public void setPreviewCategory(UUID previewCategory) {
        this.previewCategory = previewCategory;
    }

    public Priority getPreviewPriority() {
        return previewPriority;
    }

    public void setPreviewPriority(Priority previewPriority) {
        this.previewPriority = previewPriority;
    }

    public String getPreviewTags() {
        return previewTags;
    }

    public void setPreviewTags(String previewTags) {
        this.previewTags = previewTags;
    }

    public String getPreviewOutcome() {
        return previewOutcome;
    }
}
