package io.memberpulse.support.ai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.memberpulse.support.ai.control.PiiRedactor.Kind;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My card 4111 1111 1111 1111 was charged twice.|4111 1111 1111 1111|CARD",
        "card number 5500-0000-0000-0004 expired|5500-0000-0000-0004|CARD",
        "Pay back to IBAN GB82 WEST 1234 5698 7654 32 please|GB82 WEST 1234 5698 7654 32|BANK",
        "sort code 12-34-56 and account number 31926819|12-34-56|BANK",
        "sort code 12-34-56 and account number 31926819|31926819|BANK",
        "Call me on +44 7700 900123 after six|+44 7700 900123|PHONE",
        "my mobile is 07700 900 123|07700 900 123|PHONE",
        "Tel (020) 7946 0958 office|(020) 7946 0958|PHONE",
        "Date of birth: 14/02/1979, member since 2001|14/02/1979|BIRTH_DATE",
        "I was born on 3 March 1985 in Leeds|3 March 1985|BIRTH_DATE",
        "DOB 1979-02-14|1979-02-14|BIRTH_DATE",
        "my password is Sunflower!2024 and it fails|Sunflower!2024|PASSWORD",
        "Password: hunter22.|hunter22|PASSWORD",
        "I tried pwd=Qwerty123 twice|Qwerty123|PASSWORD",
        "Please send it to 221B Baker Street, London instead|221B Baker Street, London|ADDRESS",
        "We moved to 14 Orchard Lane last week|14 Orchard Lane|ADDRESS",
        "postcode SW1A 1AA|SW1A 1AA|ADDRESS",
    })
    void removesWhatMustNotLeave(String text, String secret, String kind) {
        PiiRedactor.Redacted redacted = PiiRedactor.redact(text);
        assertFalse(redacted.text().contains(secret), redacted.text());
        assertTrue(redacted.text().contains(Kind.valueOf(kind).mark()), redacted.text());
        assertTrue(redacted.found().containsKey(Kind.valueOf(kind)), redacted.found().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Invoice INV-2026-00042 shows 180.00 twice",
        "My member number is 10423377 and my e-mail morgan.member@example.org",
        "order number 0012345678 has not arrived",
        "See ticket TKT-2026-00042 from 12/03/2026",
        "The webinar on 12 March 2026 (2 hours) is missing",
        "Morgan Member, membership 2024-0042, renewal on 2026-01-03",
        "Reset the password twice, still invalid credentials",
        "my password is not accepted since Monday",
        "Chapter 12 of the course, module 3, question 7",
        "1234 5678 9012 3456 is not a card number",
    })
    void keepsWhatAgentsNeed(String text) {
        PiiRedactor.Redacted redacted = PiiRedactor.redact(text);
        assertEquals(text, redacted.text(), redacted.found().toString());
        assertEquals(Map.of(), redacted.found());
    }

    @org.junit.jupiter.api.Test
    void countsEachFinding() {
        PiiRedactor.Redacted redacted = PiiRedactor.redact("card 4111111111111111, phone +44 7700 900123, "
                + "password: abc123xyz, DOB 01/02/1990, 10 Downing Street, London SW1A 2AA");
        assertEquals(Map.of(Kind.CARD, 1, Kind.PHONE, 1, Kind.PASSWORD, 1, Kind.BIRTH_DATE, 1, Kind.ADDRESS, 2),
                redacted.found(), redacted.text());
    }
}
