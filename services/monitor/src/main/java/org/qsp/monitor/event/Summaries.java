package org.qsp.monitor.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The one-line Chinese summary of an event: from its type's template when one is configured
 * ({@code qsp.monitor.summaries}), else a generic line of the type's name and the payload's first plain fields.
 * Both read the payload only after {@link PersonalData} took out what could name a person.
 */
public final class Summaries {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(#?)}");
    private static final int GENERIC_FIELDS = 4;
    private static final int MAX_LENGTH = 300;

    private final Map<String, String> templates;

    public Summaries(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    public String of(String type, JsonNode payload) {
        JsonNode shown = PersonalData.masked(payload);
        String template = templates.get(type);
        String summary = template == null ? generic(type, shown) : fill(template, shown);
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }

    public boolean hasTemplate(String type) {
        return templates.containsKey(type);
    }

    private static String fill(String template, JsonNode payload) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode node = EventFacts.at(payload, m.group(1));
            String value = "#".equals(m.group(2)) ? String.valueOf(node.isArray() ? node.size() : 0) : plain(node);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code org.qsp.complaint.case.received.v1} → "complaint.case.received：caseId=…，category=…". */
    private static String generic(String type, JsonNode payload) {
        String name = type.replaceFirst("^org\\.qsp\\.", "").replaceFirst("\\.v\\d+$", "");
        List<String> fields = new ArrayList<>();
        for (String field : payload.propertyNames()) {
            JsonNode value = payload.get(field);
            if (fields.size() < GENERIC_FIELDS && (value.isString() || value.isNumber() || value.isBoolean())) {
                fields.add(field + "=" + plain(value));
            }
        }
        return fields.isEmpty() ? name : name + "：" + String.join("，", fields);
    }

    private static String plain(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
