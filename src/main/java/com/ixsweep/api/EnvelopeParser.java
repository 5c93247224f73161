package com.ixsweep.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Reads the envelope {@code {"error": {"code", "message"?, "time"?}, "data"?}} from a body. Anything else (HTML,
 * truncated JSON, some other program's JSON) becomes a readable reason, never an exception. Descriptions never quote
 * the body, which may hold secrets. Stateless; any thread.
 */
final class EnvelopeParser {

    /** Either an envelope or the reason the body is not one. */
    record Result(Envelope envelope, String problem) {
        boolean ok() {
            return envelope != null;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnvelopeParser() {}

    static Result parse(String body, String where) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return bad(
                    "The program at " + where + " sent an empty answer; it does not look like ixBrowser's Local API");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<")) {
            return bad("The program at " + where
                    + " sent an HTML page, not ixBrowser's Local API; is another program using this port?");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            if (text.startsWith("{") || text.startsWith("[")) {
                return bad("The answer from " + where + " was cut off or is not valid JSON (" + text.length()
                        + " characters received)");
            }
            return bad(
                    "The program at " + where + " did not answer in JSON; it does not look like ixBrowser's Local API");
        }
        if (root == null || !root.isObject()) {
            return bad("The answer from " + where + " is JSON but not the Local API envelope (no \"error\" object)");
        }
        JsonNode error = root.get("error");
        if (error == null || !error.isObject()) {
            return bad("The answer from " + where + " is JSON but not the Local API envelope (no \"error\" object)");
        }
        JsonNode codeNode = error.get("code");
        Integer code = asInt(codeNode);
        if (code == null) {
            return bad("The answer from " + where + " has no usable \"error.code\"");
        }
        JsonNode messageNode = error.get("message");
        String message =
                messageNode != null && messageNode.isValueNode() && !messageNode.isNull() ? messageNode.asText() : null;
        JsonNode timeNode = error.get("time");
        Long time = timeNode != null && timeNode.canConvertToLong() ? timeNode.asLong() : null;
        return new Result(new Envelope(code, message, time, root.get("data")), null);
    }

    private static Integer asInt(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            try {
                return Integer.parseInt(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Result bad(String problem) {
        return new Result(null, problem);
    }
}
