package io.memberpulse.support.ai.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what must never leave the server or be stored in a summary or draft: card numbers, bank details, phone
 * numbers, dates of birth, passwords and home addresses. Keeps what agents need: names, e-mail addresses, member,
 * invoice, order and ticket numbers, amounts and ordinary dates. Rules, not a model: each is a pattern with a check
 * (a card number must pass the Luhn test; a date is removed only when the text says it is a birth date), so it is
 * predictable and tested string by string.
 */
public final class PiiRedactor {

    public enum Kind {
        CARD("[card number]"), BANK("[bank details]"), PHONE("[phone number]"), BIRTH_DATE("[date of birth]"),
        PASSWORD("[password]"), ADDRESS("[address]");

        private final String mark;

        Kind(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    /** The text with every finding replaced by its mark, and how many of each kind were found. */
    public record Redacted(String text, Map<Kind, Integer> found) {
        public boolean changed() {
            return !found.isEmpty();
        }
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + MONTH + ",?\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";

    /** "password is X", "password: X", "pwd=X"; not "the password is wrong" nor "reset the password twice". */
    private static final Pattern PASSWORD = Pattern.compile("(?i)\\b((?:pass(?:word|code|phrase)|pwd|pin)\\s*"
            + "(?:(?:is|was|would\\s+be)\\b\\s*:?|[:=])\\s*)(?!\\[)(?!(?:not|wrong|invalid|incorrect|correct|too|"
            + "expired|fine|ok|okay|reset|the|a|an|still|being|now|case|required|rejected|locked|changed|accepted)\\b)"
            + "([\"'“]?)(\\S{3,64}?)\\2(?=[\\s,.;!?)]*(?:\\s|$))");
    private static final Pattern BIRTH_DATE = Pattern.compile("(?i)\\b((?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?|born(?:\\s+on)?"
            + "|birth\\s*date|birthday)(?:\\s+(?:is|was))?\\s*[:=]?\\s*)(" + DATE + ")");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,4})?\\b");
    private static final Pattern SORT_CODE = Pattern.compile("(?i)\\b(sort\\s*code\\s*[:=]?\\s*)(\\d{2}[- ]?\\d{2}[- ]?\\d{2})\\b");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("(?i)\\b((?:bank\\s+)?(?:account|acct)\\s*(?:number|no\\.?|#)?"
            + "\\s*[:=]?\\s*)(\\d{6,12})\\b");
    private static final Pattern ROUTING = Pattern.compile("(?i)\\b((?:routing|aba|bsb|swift|bic)\\s*(?:number|no\\.?|code)?"
            + "\\s*[:=]?\\s*)([A-Z0-9]{6,11})\\b");
    private static final Pattern CARD = Pattern.compile("(?<![\\w-])(?:\\d[ -]?){12,18}\\d(?![\\w-])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])(?:\\+\\d{1,3}[\\s.-]?(?:\\(0\\)\\s?)?\\d(?:[\\s.-]?\\d){6,13}"
            + "|\\(?0\\d{2,4}\\)?(?:[\\s.-]?\\d){6,9})(?![\\w-])");
    private static final Pattern KEEP_NUMBER_BEFORE = Pattern.compile("(?i)(?:invoice|order|member(?:ship)?|ticket|ref"
            + "(?:erence)?|case|booking|account|customer|po)\\s*(?:no\\.?|number|num|#|id)?\\s*[:#]?\\s*$");
    private static final Pattern STREET = Pattern.compile("\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][a-z']+\\s+){1,3}"
            + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Crescent|Gardens|Terrace"
            + "|Boulevard|Blvd|Square|Sq|Row|Mews|Grove|Hill|Parade|Walk)\\b\\.?"
            + "(?:,?\\s+(?:Apt|Flat|Unit)\\.?\\s*\\w+)?(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)?");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b");

    private PiiRedactor() {
    }

    public static Redacted redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text == null ? "" : text, Map.of());
        }
        Map<Kind, Integer> found = new EnumMap<>(Kind.class);
        String out = text;
        out = replaceGroup(out, PASSWORD, 3, Kind.PASSWORD, found);
        out = replaceGroup(out, BIRTH_DATE, 2, Kind.BIRTH_DATE, found);
        out = replaceGroup(out, SORT_CODE, 2, Kind.BANK, found);
        out = replaceGroup(out, ACCOUNT_NUMBER, 2, Kind.BANK, found);
        out = replaceGroup(out, ROUTING, 2, Kind.BANK, found);
        out = replaceIban(out, found);
        out = replaceCards(out, found);
        out = replacePhones(out, found);
        out = replaceGroup(out, STREET, 0, Kind.ADDRESS, found);
        out = replaceGroup(out, POSTCODE, 0, Kind.ADDRESS, found);
        return new Redacted(out, Map.copyOf(found));
    }

    /** The text with PII removed, when the counts are not needed. */
    public static String clean(String text) {
        return redact(text).text();
    }

    private static String replaceGroup(String text, Pattern pattern, int group, Kind kind, Map<Kind, Integer> found) {
        return replace(text, pattern, group, kind, found, (m, t) -> true);
    }

    private static String replaceIban(String text, Map<Kind, Integer> found) {
        return replace(text, IBAN, 0, Kind.BANK, found, (m, t) -> {
            String compact = m.group().replace(" ", "");
            return compact.length() >= 15 && compact.length() <= 34 && ibanChecksumHolds(compact);
        });
    }

    private static String replaceCards(String text, Map<Kind, Integer> found) {
        return replace(text, CARD, 0, Kind.CARD, found, (m, t) -> {
            String digits = m.group().replaceAll("[ -]", "");
            return digits.length() >= 13 && digits.length() <= 19 && luhn(digits);
        });
    }

    /** A phone-shaped number is kept when the words before it say it is an invoice, order, member ... number. */
    private static String replacePhones(String text, Map<Kind, Integer> found) {
        return replace(text, PHONE, 0, Kind.PHONE, found, (m, t) -> !KEEP_NUMBER_BEFORE
                .matcher(t.substring(Math.max(0, m.start() - 30), m.start())).find());
    }

    /** Each match's group replaced by the kind's mark, where the check holds; counted. */
    private static String replace(String text, Pattern pattern, int group, Kind kind, Map<Kind, Integer> found,
            BiPredicate<Matcher, String> check) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (check.test(m, text)) {
                out.append(text, last, m.start(group)).append(kind.mark());
                last = m.end(group);
                found.merge(kind, 1, Integer::sum);
            }
        }
        return last == 0 ? text : out.append(text.substring(last)).toString();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean ibanChecksumHolds(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : moved.toCharArray()) {
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder == 1;
    }
}
