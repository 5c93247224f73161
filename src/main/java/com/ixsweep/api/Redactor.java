package com.ixsweep.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the values of sensitive keys (LOCAL-API.md: passwords, proxies, cookies, notes, process details...) in JSON
 * text before it is logged. Valid JSON is rewritten through a tree, at any depth; text that is not valid JSON (a
 * truncated body) has quoted and numeric values replaced by pattern, and is cut at the first sensitive key whose value
 * is an object or array, so nothing after it can leak. Stateless; any thread.
 */
public final class Redactor {

    public static final String MASK = "[redacted]";

    private static final Set<String> SENSITIVE = Set.of(
            "username",
            "password",
            "tfa_secret",
            "cookie",
            "cookies",
            "real_ip",
            "note",
            "cache_path",
            "last_opened_user",
            "ws",
            "debugging_address",
            "debugging_port",
            "webdriver",
            "pid");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern KEY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*");
    private static final Pattern SCALAR =
            Pattern.compile("\\A(?:\"(?:[^\"\\\\]|\\\\.)*\"?|-?[0-9][0-9.eE+-]*|true|false|null)");

    private Redactor() {}

    /** Whether values under {@code key} must never be logged, shown or kept: the list, plus every {@code proxy_*}. */
    public static boolean isSensitive(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SENSITIVE.contains(k) || k.startsWith("proxy_");
    }

    /** {@code json} with every sensitive value replaced by {@value #MASK}; never throws. */
    public static String redact(String json) {
        if (json == null || json.isEmpty()) {
            return "";
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree != null && (tree.isObject() || tree.isArray())) {
                redactTree(tree);
                return MAPPER.writeValueAsString(tree);
            }
        } catch (JsonProcessingException e) {
            // not valid JSON: fall through to the pattern-based pass
        }
        return redactText(json);
    }

    private static void redactTree(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            List<String> sensitiveKeys = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : obj.properties()) {
                if (isSensitive(field.getKey())) {
                    sensitiveKeys.add(field.getKey());
                } else {
                    redactTree(field.getValue());
                }
            }
            for (String key : sensitiveKeys) {
                obj.set(key, TextNode.valueOf(MASK));
            }
        } else if (node instanceof ArrayNode arr) {
            for (JsonNode child : arr) {
                redactTree(child);
            }
        }
    }

    private static String redactText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher key = KEY.matcher(text);
        int pos = 0;
        while (key.find(pos)) {
            if (!isSensitive(key.group(1))) {
                out.append(text, pos, key.end());
                pos = key.end();
                continue;
            }
            out.append(text, pos, key.end());
            String rest = text.substring(key.end());
            Matcher scalar = SCALAR.matcher(rest);
            if (scalar.find()) {
                out.append('"').append(MASK).append('"');
                pos = key.end() + scalar.end();
            } else {
                out.append("\"").append(MASK).append("\" ...[rest cut]");
                return out.toString();
            }
        }
        out.append(text, pos, text.length());
        return out.toString();
    }
}
