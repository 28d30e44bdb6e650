package io.memberpulse.support.console;

import io.memberpulse.support.accounts.boundary.Accounts;
import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.categories.boundary.Categories;
import io.memberpulse.support.categories.entity.Category;
import io.memberpulse.support.pages.Labels;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.sla.boundary.SlaStatus;
import io.memberpulse.support.sla.entity.SlaView;
import io.memberpulse.support.tickets.boundary.TicketReads;
import io.memberpulse.support.tickets.boundary.Tickets;
import io.memberpulse.support.tickets.control.TicketQueries;
import io.memberpulse.support.tickets.entity.Priority;
import io.memberpulse.support.tickets.entity.QueueCounts;
import io.memberpulse.support.tickets.entity.QueueItem;
import io.memberpulse.support.tickets.entity.Status;
import io.memberpulse.support.tickets.entity.TicketQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The staff queue. Every filter, the quick view, the search text, the order and the page are request parameters,
 * so a queue is a link an agent can bookmark or send; "Apply" redirects to the address of the new filters. A page
 * is one keyset page of {@link TicketReads#search} (50 rows, never the whole queue); "Older" carries the last
 * row's position forward in the address.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE = 50;

    @Inject
    transient TicketReads reads;

    @Inject
    transient Tickets tickets;

    @Inject
    transient Categories categories;

    @Inject
    transient Accounts accounts;

    @Inject
    transient SlaStatus sla;

    @Inject
    transient Labels labels;

    private String view;
    private Status status;
    private Priority priority;
    private UUID category;
    private String assignee;
    private String tag;
    private String member;
    private String q;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private LocalDate updatedFrom;
    private LocalDate updatedTo;
    private String sort;
    private String after;

    private List<QueueRow> rows;
    private boolean more;
    private QueueCounts counts;
    private transient List<Account> staff;
    private List<QueueRow> selected = new ArrayList<>();
    private String bulkAssignee;
    private Status bulkStatus;
    private Priority bulkPriority;

    /** Reads the page once its parameters are set (f:viewAction). */
    public void load() {
        TicketQuery.Sort order = sortOrder();
        TicketQueries.Page page = reads.search(new TicketQuery(status == null ? null : EnumSet.of(status),
                priority == null ? null : EnumSet.of(priority), category, null, assigneeFilter(),
                start(createdFrom), end(createdTo), start(updatedFrom), end(updatedTo), null,
                blank(member) ? null : member.strip(), blank(tag) ? null : tag.strip(), blank(q) ? null : q.strip(),
                quickView(), order, cursor(), PAGE));
        Map<UUID, SlaView> slas = sla.of(page.items());
        rows = page.items().stream().map(ticket -> QueueRow.of(ticket, slas.get(ticket.id()), labels)).toList();
        more = page.more();
        counts = reads.activeQueue();
    }

    /** The light poll: numbers and rows again, so new tickets appear without a reload. */
    public void refresh() {
        load();
    }

    public String apply() {
        after = null;
        return "/console/queue?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/console/queue?faces-redirect=true";
    }

    /** Where the next (older, by the current order) page starts: the last row's sort time and id. */
    public String getNextCursor() {
        if (!more || rows.isEmpty()) {
            return null;
        }
        QueueRow last = rows.get(rows.size() - 1);
        TicketQuery.Sort order = sortOrder();
        Instant at = switch (order) {
            case CREATED_ASC, CREATED_DESC -> last.createdAt();
            case DUE_ASC -> last.dueAt();
            default -> last.updatedAt();
        };
        String raw = at.getEpochSecond() + "." + at.getNano() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public void bulkAssign() {
        if (blank(bulkAssignee)) {
            Messages.warn("Choose whom to assign to", null);
            return;
        }
        UUID to = switch (bulkAssignee) {
            case "unassigned" -> null;
            case "me" -> accounts.me().account().id();
            default -> uuidOrNull(bulkAssignee);
        };
        bulk(to == null ? "unassigned" : "assigned", id -> tickets.assign(id, to));
    }

    public void bulkChangeStatus() {
        if (bulkStatus != null) {
            bulk("moved to " + Labels.status(bulkStatus), id -> tickets.changeStatus(id, bulkStatus, "bulk change"));
        }
    }

    public void bulkChangePriority() {
        if (bulkPriority != null) {
            bulk("set to " + Labels.priority(bulkPriority), id -> tickets.update(id, null,
                    new Tickets.Changes(null, null, false, bulkPriority, null)));
        }
    }

    private void bulk(String done, Consumer<UUID> change) {
        if (selected.isEmpty()) {
            Messages.warn("Select tickets first", "Tick the tickets to change in the first column.");
            return;
        }
        int changed = 0;
        List<String> refused = new ArrayList<>();
        for (QueueRow row : selected) {
            try {
                change.accept(row.id());
                changed++;
            } catch (BusinessException refusal) {
                refused.add(row.number() + ": " + refusal.getMessage());
            }
        }
        if (changed > 0) {
            Messages.info(changed + (changed == 1 ? " ticket " : " tickets ") + done, null);
        }
        if (!refused.isEmpty()) {
            Messages.warn(refused.size() + " not changed", String.join("; ", refused));
        }
        selected = new ArrayList<>();
        load();
    }

    private TicketQuery.Assignee assigneeFilter() {
        if (blank(assignee)) {
            return null;
        }
        return switch (assignee) {
            case "me" -> new TicketQuery.Assignee(null, true, false);
            case "unassigned" -> new TicketQuery.Assignee(null, false, true);
            default -> new TicketQuery.Assignee(uuidOrNull(assignee), false, false);
        };
    }

    private TicketQuery.View quickView() {
        if (blank(view)) {
            return null;
        }
        try {
            return TicketQuery.View.valueOf(view.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private TicketQuery.Sort sortOrder() {
        if (blank(sort)) {
            return TicketQuery.Sort.UPDATED_DESC;
        }
        return switch (sort) {
            case "updated" -> TicketQuery.Sort.UPDATED_ASC;
            case "-created" -> TicketQuery.Sort.CREATED_DESC;
            case "created" -> TicketQuery.Sort.CREATED_ASC;
            case "due" -> TicketQuery.Sort.DUE_ASC;
            default -> TicketQuery.Sort.UPDATED_DESC;
        };
    }

    /** The order a column header switches to: newest first on the first click, then the other way. */
    public String sortFor(String column) {
        return ("-" + column).equals(sort) || (sort == null || sort.isBlank()) && "updated".equals(column)
                ? column : "-" + column;
    }

    public String sortIcon(String column) {
        if (("-" + column).equals(sort) || blank(sort) && "updated".equals(column)) {
            return "pi pi-sort-amount-down";
        }
        return column.equals(sort) ? "pi pi-sort-amount-up-alt" : "pi pi-sort-alt";
    }

    private TicketQuery.Cursor cursor() {
        if (blank(after)) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            String[] time = parts[0].split("\\.");
            return new TicketQuery.Cursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
                    UUID.fromString(parts[1]));
        } catch (RuntimeException unreadable) {
            after = null; // a mangled address starts from the first page
            return null;
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isFiltered() {
        return status != null || priority != null || category != null || !blank(assignee) || !blank(tag)
                || !blank(member) || !blank(q) || createdFrom != null || createdTo != null || updatedFrom != null
                || updatedTo != null;
    }

    /** The filters folded under "More filters": open when one of them is in use. */
    public boolean isMoreFiltersUsed() {
        return !blank(tag) || !blank(member) || createdFrom != null || createdTo != null || updatedFrom != null
                || updatedTo != null;
    }

    public List<Category> getCategories() {
        return categories.all();
    }

    /** Read once per view: the filter and the bulk-assign menu both list it, and staff change rarely. */
    public List<Account> getStaff() {
        if (staff == null) {
            staff = accounts.staff();
        }
        return staff;
    }

    public Status[] getStatuses() {
        return Status.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return more;
    }

    public QueueCounts getCounts() {
        return counts;
    }

    public List<QueueRow> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public QueueRow rowOf(String id) {
        return rows == null ? null : rows.stream().filter(r -> r.id().toString().equals(id)).findFirst().orElse(null);
    }

    // parameters, bound to the address by f:viewParam

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public UUID getCategory() {
        return category;
    }

    public void setCategory(UUID category) {
        this.category = category;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public LocalDate getUpdatedFrom() {
        return updatedFrom;
    }

    public void setUpdatedFrom(LocalDate updatedFrom) {
        this.updatedFrom = updatedFrom;
    }

    public LocalDate getUpdatedTo() {
        return updatedTo;
    }

    public void setUpdatedTo(LocalDate updatedTo) {
        this.updatedTo = updatedTo;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(String bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }

    public Status getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(Status bulkStatus) {
        this.bulkStatus = bulkStatus;
    }

    public Priority getBulkPriority() {
        return bulkPriority;
    }

    public void setBulkPriority(Priority bulkPriority) {
        this.bulkPriority = bulkPriority;
    }

    /**
     * One queue row as the page shows it: read once, kept with the view, no entity held; the row's position (for
     * the next page) and its id and number (for bulk changes) as values, and what its cells say, worked out here
     * once, in {@link #getCells()}, which the page reads by name: each {@code labels.x(row.y())}
     * or {@code row.y()} in a cell was a bean lookup or a reflective method search per row, a third of the page's
     * rendering time for fifty rows.
     */
    public record QueueRow(UUID id, String number, Instant createdAt, Instant updatedAt, Instant dueAt,
            Map<String, String> cells) implements Serializable {

        static QueueRow of(QueueItem t, SlaView sla, Labels labels) {
            Instant due = t.sla().dueAt();
            String assignee = t.assignee() == null ? null : t.assignee().name();
            String category = t.category() == null ? null : t.category().name();
            Map<String, String> cells = Map.ofEntries(Map.entry("id", t.id().toString()),
                    Map.entry("number", t.number()), Map.entry("link", "/console/ticket?number="
                            + URLEncoder.encode(t.number(), StandardCharsets.UTF_8)),
                    Map.entry("subject", t.subject()),
                    Map.entry("rowClass", t.needsResponse() ? "mp-row-waiting" : ""),
                    Map.entry("requesterName", nonNull(t.requesterName())),
                    Map.entry("requesterEmail", nonNull(t.requesterEmail())),
                    Map.entry("status", labels.of(t.status())), Map.entry("statusClass", labels.statusClass(t.status())),
                    Map.entry("priority", labels.of(t.priority())),
                    Map.entry("priorityClass", labels.priorityClass(t.priority())),
                    Map.entry("assignee", assignee == null ? "Unassigned" : assignee),
                    Map.entry("assigneeClass", assignee == null ? "mp-muted" : ""),
                    Map.entry("category", nonNull(category)), Map.entry("sla", labels.slaShort(sla)),
                    Map.entry("slaClass", labels.slaClass(sla)),
                    Map.entry("slaTitle", labels.sla(sla) + (due == null ? "" : ", due " + labels.when(due))),
                    Map.entry("created", labels.when(t.createdAt())), Map.entry("createdIso", labels.iso(t.createdAt())),
                    Map.entry("updated", labels.when(t.updatedAt())), Map.entry("updatedIso", labels.iso(t.updatedAt())));
            return new QueueRow(t.id(), t.number(), t.createdAt(), t.updatedAt(), due, cells);
        }

        /** The row's cells in words, by name, as {@link Labels} says them: a property for the page. */
        public Map<String, String> getCells() {
            return cells;
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
        }
    }
}
