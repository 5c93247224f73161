package com.ixsweep.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One HTTP answer of the simulator: status, content type, body, and the envelope's error code (0 if none). */
record Reply(int status, String contentType, String body, int code) {

    static final String JSON = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code {"error":{"code":0,"message":"success"},"data":data}}; {@code data == null} writes JSON null. */
    static Reply ok(JsonNode data) {
        return envelope(0, "success", data, true, null);
    }

    /** Success with no {@code data} key at all (e.g. profile-close). */
    static Reply okNoData() {
        return envelope(0, "success", null, false, null);
    }

    /** Success carrying {@code error.time} too, as some endpoints do. */
    static Reply okWithTime(JsonNode data) {
        return envelope(0, "success", data, true, System.currentTimeMillis() / 1000);
    }

    /** A failure: HTTP 200, non-zero code, {@code data: null}. */
    static Reply error(int code, String message) {
        return envelope(code, message, null, true, null);
    }

    static Reply plain(int status, String contentType, String body) {
        return new Reply(status, contentType, body, 0);
    }

    private static Reply envelope(int code, String message, JsonNode data, boolean withData, Long time) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        if (time != null) {
            error.put("time", time);
        }
        if (withData) {
            root.set("data", data == null ? MAPPER.nullNode() : data);
        }
        return new Reply(200, JSON, root.toString(), code);
    }

    @Override
    public String toString() {
        return "Reply[" + status + ", " + body.length() + " chars]";
    }
}
