package io.memberpulse.support.console.settings;

import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.Conflict;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.ReorderEvent;

/**
 * Settings → Categories: the order members see them in (drag a row), archive and restore (tickets keep their
 * category, the member form stops offering it), and add or edit one with its name checked inline (unique per
 * client, whatever the case).
 */
@Named("categoriesSettingsView")
@ViewScoped
public class CategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Categories categories;

    private transient List<Category> all;
    private UUID editing;
    private String name;
    private String description;
    private Integer firstResponseHours;

    public List<Category> getAll() {
        if (all == null) {
            all = new ArrayList<>(categories.all());
        }
        return all;
    }

    /** A row dropped in a new place: the whole order is saved at once. */
    public void reorder(ReorderEvent event) {
        move(event.getFromIndex(), event.getToIndex());
    }

    /** The same without a mouse: one place up. */
    public void moveUp(Category category) {
        List<UUID> ids = getAll().stream().map(Category::id).toList();
        int at = ids.indexOf(category.id());
        if (at > 0) {
            move(at, at - 1);
        }
    }

    private void move(int from, int to) {
        List<UUID> order = new ArrayList<>(getAll().stream().map(Category::id).toList());
        UUID moved = order.remove(from);
        order.add(to, moved);
        try {
            categories.reorder(order);
            Messages.info("Order saved", null);
        } catch (BusinessException refused) {
            Messages.warn(refused.title(), refused.getMessage());
        }
        all = null;
    }

    public void archive(Category category) {
        categories.archive(category.id());
        Messages.info(category.name() + " archived", "Members no longer see it; its tickets keep it.");
        all = null;
    }

    public void restore(Category category) {
        categories.update(category.id(), new Categories.Draft(category.name(), category.description(),
                category.routingTeam(), category.firstResponseHours()), false);
        Messages.info(category.name() + " restored", null);
        all = null;
    }

    public void edit(Category category) {
        editing = category.id();
        name = category.name();
        description = category.description();
        firstResponseHours = category.firstResponseHours();
    }

    public void cancel() {
        editing = null;
        name = null;
        description = null;
        firstResponseHours = null;
    }

    public void save() {
        try {
            if (editing == null) {
                categories.create(new Categories.Draft(name, description, null, firstResponseHours));
                Messages.info(name + " added", null);
            } else {
                Category current = categories.find(editing);
                categories.update(editing, new Categories.Draft(name, description, current.routingTeam(),
                        firstResponseHours), null);
                Messages.info(name + " saved", null);
            }
            cancel();
            all = null;
        } catch (Conflict taken) {
            Messages.field("category:name", taken.getMessage());
        } catch (RuleViolation refused) {
            Messages.field(switch (refused.field()) {
                case "description" -> "category:description";
                case "firstResponseHours" -> "category:hours";
                default -> "category:name";
            }, refused.getMessage());
        }
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getFirstResponseHours() {
        return firstResponseHours;
    }

    public void setFirstResponseHours(Integer firstResponseHours) {
        this.firstResponseHours = firstResponseHours;
    }
}
