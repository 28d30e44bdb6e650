package io.memberpulse.support.knowledge.control;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a canned response may use, and filling them in. Unknown variables are refused when the template
 * is saved, so a member never receives a literal "{{mebmer.name}}".
 */
public final class TemplateVariables {

    public static final Set<String> KNOWN = Set.of("member.firstName", "member.name", "member.email",
            "ticket.number", "ticket.subject", "ticket.status", "agent.name", "agent.firstName", "client.name");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");

    private TemplateVariables() {
    }

    public static Set<String> unknownIn(String template) {
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** Fills in the variables; values are HTML-escaped, because the template is HTML. */
    public static String render(String template, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(result, Matcher.quoteReplacement(escape(value)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /**
     * Runs the HTML sanitiser over a template without harming its variables: the sanitiser encodes curly braces
     * (against client-side template injection), so variables are swapped out around it.
     */
    public static String sanitiseKeepingVariables(String template, UnaryOperator<String> sanitiser) {
        String protectedTemplate = VARIABLE.matcher(template).replaceAll("MPVAR[$1]");
        String clean = sanitiser.apply(protectedTemplate);
        return clean == null ? null : clean.replaceAll("MPVAR\\[([A-Za-z.]+)]", "{{$1}}");
    }

    public static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return name.trim().split("\\s+")[0];
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
