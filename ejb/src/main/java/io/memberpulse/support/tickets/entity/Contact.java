package io.memberpulse.support.tickets.entity;

import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone who asked for help without being a member (seed 004's submitter fields): a caller on the phone, an
 * unknown e-mail sender. Their tickets are staff-only; no portal ever shows them.
 */
@Embeddable
public class Contact {

    public static final int NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "submitter_name", length = NAME_LENGTH)
    private String name;

    @Column(name = "submitter_email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "submitted_company_name", length = NAME_LENGTH)
    private String companyName;

    protected Contact() {
    }

    public Contact(String name, String email, String companyName) {
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (cleanName.isEmpty() || cleanName.length() > NAME_LENGTH) {
            throw new RuleViolation("submitterName", "Give the contact's name (1 to " + NAME_LENGTH + " characters).");
        }
        if (cleanEmail.length() > EMAIL_LENGTH || !EMAIL.matcher(cleanEmail).matches()) {
            throw new RuleViolation("submitterEmail", "Give the contact's e-mail address.");
        }
        String company = companyName == null || companyName.isBlank() ? null : companyName.strip();
        if (company != null && company.length() > NAME_LENGTH) {
            throw new RuleViolation("submittedCompanyName", "At most " + NAME_LENGTH + " characters.");
        }
        this.name = cleanName;
        this.email = cleanEmail;
        this.companyName = company;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String companyName() {
        return companyName;
    }
}
