package io.memberpulse.support.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.memberpulse.support.platform.control.RichText;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateVariablesTest {

    @Test
    void variablesAreFilledInAndTheirValuesEscaped() {
        assertEquals("<p>Dear Ann &lt;b&gt;, TKT-1</p>", TemplateVariables.render(
                "<p>Dear {{member.firstName}}, {{ ticket.number }}</p>",
                Map.of("member.firstName", "Ann <b>", "ticket.number", "TKT-1")));
    }

    @Test
    void unknownVariablesAreFound() {
        assertEquals(Set.of("member.fristName"), TemplateVariables.unknownIn("Hi {{member.fristName}} {{agent.name}}"));
    }

    @Test
    void sanitisingKeepsVariablesAndDropsScripts() {
        assertEquals("<p>Hi {{member.firstName}}</p>", TemplateVariables.sanitiseKeepingVariables(
                "<p>Hi {{member.firstName}}</p><script>x()</script>", RichText::sanitise));
    }
}
