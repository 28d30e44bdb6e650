package io.memberpulse.support.console.settings;

import io.memberpulse.support.ai.boundary.Assistant;
import io.memberpulse.support.ai.entity.AssistantSettings;
import io.memberpulse.support.pages.Messages;
import io.memberpulse.support.platform.entity.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Settings → Assistant: which provider writes summaries and drafts, the default tone, the organisation's words
 * (one line each: "member: customer, client"), which features are on, and how the assistant has been used.
 */
@Named("assistantSettingsView")
@ViewScoped
public class AssistantView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assistant assistant;

    private String provider;
    private String defaultTone;
    private String terminology;
    private boolean summary;
    private boolean conversationSummary;
    private boolean draftResponse;
    private transient Map<String, Object> usage;

    @PostConstruct
    void read() {
        show(assistant.settings());
    }

    private void show(AssistantSettings settings) {
        provider = settings.provider();
        defaultTone = settings.defaultTone();
        terminology = settings.terminology().stream().map(t -> t.use() + ": " + String.join(", ", t.insteadOf()))
                .collect(Collectors.joining("\n"));
        summary = settings.summary();
        conversationSummary = settings.conversationSummary();
        draftResponse = settings.draftResponse();
    }

    public void save() {
        List<AssistantSettings.Term> terms = new ArrayList<>();
        int line = 0;
        for (String row : (terminology == null ? "" : terminology).split("\\R")) {
            line++;
            if (row.isBlank()) {
                continue;
            }
            String[] parts = row.split(":", 2);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                Messages.field("assistant:terminology", "Line " + line + ": write the word to use, a colon, then the "
                        + "words it replaces (member: customer, client).");
                return;
            }
            terms.add(new AssistantSettings.Term(parts[0].strip(), Arrays.stream(parts[1].split(","))
                    .map(String::strip).filter(w -> !w.isEmpty()).toList()));
        }
        try {
            show(assistant.changeSettings(new AssistantSettings(provider, defaultTone, terms, summary,
                    conversationSummary, draftResponse)));
            Messages.info("Assistant settings saved", null);
        } catch (RuleViolation refused) {
            Messages.field("assistant:" + switch (refused.field()) {
                case "provider" -> "provider";
                case "defaultTone" -> "tone";
                default -> "terminology";
            }, refused.getMessage());
        }
    }

    /** Read once per page view (the table asks for it for every row). */
    public Map<String, Object> getUsage() {
        if (usage == null) {
            usage = assistant.usage();
        }
        return usage;
    }

    public List<String> getUsageKeys() {
        return List.copyOf(getUsage().keySet());
    }

    public List<String> getProviders() {
        return AssistantSettings.PROVIDERS;
    }

    public List<String> getTones() {
        return AssistantSettings.TONES;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getDefaultTone() {
        return defaultTone;
    }

    public void setDefaultTone(String defaultTone) {
        this.defaultTone = defaultTone;
    }

    public String getTerminology() {
        return terminology;
    }

    public void setTerminology(String terminology) {
        this.terminology = terminology;
    }

    public boolean isSummary() {
        return summary;
    }

    public void setSummary(boolean summary) {
        this.summary = summary;
    }

    public boolean isConversationSummary() {
        return conversationSummary;
    }

    public void setConversationSummary(boolean conversationSummary) {
        this.conversationSummary = conversationSummary;
    }

    public boolean isDraftResponse() {
        return draftResponse;
    }

    public void setDraftResponse(boolean draftResponse) {
        this.draftResponse = draftResponse;
    }
}
