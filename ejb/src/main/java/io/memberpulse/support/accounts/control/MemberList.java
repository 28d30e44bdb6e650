package io.memberpulse.support.accounts.control;

import io.memberpulse.support.accounts.entity.Account;
import io.memberpulse.support.accounts.entity.Role;
import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member list from the association's membership system (CSV: {@code email,name,member_number[,organisation]}, a
 * header first) made into member accounts of the caller's client. Keyed by e-mail: a new address is a new member
 * (without a password: they sign in through the identity provider, or are sent a link); a known member gets the
 * list's name, number and organisation; running the same list again changes nothing. Rows that cannot be taken are
 * reported with their line and why; they never stop the others.
 */
@ApplicationScoped
public class MemberList {

    public static final int MAX_ROWS = 20_000;

    @PersistenceContext(unitName = "memberpulse")
    EntityManager em;

    @Inject
    Clock clock;

    public record Report(int created, int updated, int unchanged, List<Refusal> refused) implements Serializable {
    }

    public record Refusal(int line, String email, String reason) implements Serializable {
    }

    public Report importCsv(String csv) {
        List<List<String>> rows = Csv.parse(csv == null ? "" : csv);
        if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().subList(0,
                Math.min(3, rows.get(0).size())).equals(List.of("email", "name", "member_number"))) {
            throw new RuleViolation("file", "The first line must be the header email,name,member_number "
                    + "(and optionally ,organisation).");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new RuleViolation("file", "At most " + MAX_ROWS + " members per file; split the list.");
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Refusal> refused = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            int line = i + 1;
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            String rawEmail = row.get(0).strip();
            try {
                if (row.size() < 3 || row.size() > 4) {
                    throw new RuleViolation("file", "Expected 3 or 4 columns, found " + row.size() + ".");
                }
                String email = Account.checkedEmail(rawEmail);
                Integer earlier = seen.putIfAbsent(email, line);
                if (earlier != null) {
                    throw new RuleViolation("email", "The same e-mail is on line " + earlier + " already.");
                }
                String name = Account.checkedName(row.get(1));
                String number = row.get(2);
                String organisation = row.size() > 3 ? row.get(3) : null;
                Account existing = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                        .getResultStream().findFirst().orElse(null);
                if (existing == null) {
                    Account member = new Account(email, name, Role.ROLE_MEMBER, null, clock.instant());
                    member.describeMembership(number, organisation);
                    em.persist(member);
                    created++;
                } else if (existing.role() != Role.ROLE_MEMBER) {
                    throw new RuleViolation("email", "This e-mail belongs to a staff account.");
                } else {
                    // the membership first: it may refuse the row, and then nothing of it has changed
                    boolean described = existing.describeMembership(number,
                            row.size() > 3 ? organisation : existing.organisation());
                    boolean renamed = !existing.displayName().equals(name);
                    if (renamed) {
                        existing.rename(name);
                    }
                    if (renamed || described) {
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
            } catch (BusinessException refusal) {
                refused.add(new Refusal(line, rawEmail, refusal.getMessage()));
            }
        }
        return new Report(created, updated, unchanged, refused);
    }

    /** RFC 4180: commas, double quotes around fields that hold them, "" for a quote, CRLF or LF line ends. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
