package io.memberpulse.support.platform.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text from members and staff: sanitised on the way in with OWASP's maintained HTML sanitiser (formatting,
 * lists, links, tables, images only by https URL), and reduced to plain text for search and previews.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br")
                    .allowUrlProtocols("https").allowElements("img").allowAttributes("src", "alt").onElements("img")
                    .toFactory());
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null ? null : POLICY.sanitize(html).trim();
    }

    /** The words of sanitised HTML, for search. */
    public static String plain(String sanitisedHtml) {
        if (sanitisedHtml == null) {
            return "";
        }
        String text = TAG.matcher(sanitisedHtml).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#34;", "\"").replace("&#39;", "'").replace("&#64;", "@").replace("&#61;", "=")
                .replace("&#43;", "+").replace("&#96;", "`").replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").trim();
    }
}
