package org.qsp.system.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a JSON document with one edit at one place, in text, so that the edit may be anything a hostile client
 * sends: a raw token that is not JSON ({@code NaN}, {@code 1e400}), a key given twice, a member removed or added.
 * Paths are lists of property names and array indexes.
 */
final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What to do at the path. */
    sealed interface Edit {
    }

    /** The value at the path becomes this raw text. */
    record Replace(String raw) implements Edit {
    }

    /** The member at the path is left out. */
    record Remove() implements Edit {
    }

    /** The member at the path is written twice. */
    record Duplicate() implements Edit {
    }

    /** The object at the path gets one more member (its name and raw value as given). */
    record Add(String name, String raw) implements Edit {
    }

    private JsonText() {
    }

    static String render(JsonNode root) {
        return JSON.writeValueAsString(root);
    }

    static String render(JsonNode root, List<Object> path, Edit edit) {
        StringBuilder out = new StringBuilder();
        write(root, new ArrayList<>(), path, edit, out);
        return out.toString();
    }

    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    private static void write(JsonNode node, List<Object> at, List<Object> path, Edit edit, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                List<Object> here = with(at, member.getKey());
                boolean target = here.equals(path);
                if (target && edit instanceof Remove) {
                    continue;
                }
                int times = target && edit instanceof Duplicate ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    first = comma(first, out);
                    out.append(quoted(member.getKey())).append(':');
                    if (target && edit instanceof Replace replace) {
                        out.append(replace.raw());
                    } else {
                        write(member.getValue(), here, path, edit, out);
                    }
                }
            }
            if (at.equals(path) && edit instanceof Add add) {
                comma(first, out);
                out.append(quoted(add.name())).append(':').append(add.raw());
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            boolean first = true;
            for (int i = 0; i < node.size(); i++) {
                List<Object> here = with(at, i);
                boolean target = here.equals(path);
                if (target && edit instanceof Remove) {
                    continue;
                }
                first = comma(first, out);
                if (target && edit instanceof Replace replace) {
                    out.append(replace.raw());
                } else {
                    write(node.get(i), here, path, edit, out);
                }
            }
            out.append(']');
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }

    private static boolean comma(boolean first, StringBuilder out) {
        if (!first) {
            out.append(',');
        }
        return false;
    }

    private static List<Object> with(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /** {@code enterprise.uscc}, {@code items[0].verdict}. */
    static String name(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(segment);
            }
        }
        return out.isEmpty() ? "(body)" : out.toString();
    }
}
