package io.memberpulse.support.accounts.control;

import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: long enough, not one of the passwords attackers try first (a list shipped with the
 * product as SHA-256 hashes, {@code common-passwords.sha256}), and not the account's own e-mail address. Length over composition rules,
 * as NIST SP 800-63B advises: "Summer2026!" passes a composition rule and is still guessed early.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final Set<String> common = load();

    public void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password", "A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("password", "A password may have at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (common.contains(Sha256.hex(lower))) {
            throw new RuleViolation("password", "This password is one of the most common ones and is guessed "
                    + "first. Choose another.");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("password", "The password must not be your e-mail address.");
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.sha256")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.sha256 is missing from the build");
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(String::strip).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
