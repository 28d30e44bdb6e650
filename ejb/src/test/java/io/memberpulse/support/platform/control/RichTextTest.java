package io.memberpulse.support.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void formattingStaysAndScriptsHandlersAndJavascriptLinksGo() {
        String clean = RichText.sanitise("<p onclick=\"x()\">Hi <b>there</b> <a href=\"javascript:alert(1)\">link</a>"
                + "<script>alert(1)</script><img src=\"http://tracker/x.png\"></p>");
        assertFalse(clean.contains("onclick"));
        assertFalse(clean.contains("script"));
        assertFalse(clean.contains("javascript"));
        assertFalse(clean.contains("http://tracker"));
        assertEquals("Hi there link", RichText.plain(clean));
    }

    @Test
    void plainTextKeepsTheWordsForSearch() {
        assertEquals("Cannot log in & reset fails <twice>",
                RichText.plain(RichText.sanitise("<p>Cannot log in &amp; reset fails &lt;twice&gt;</p>")));
    }
}
