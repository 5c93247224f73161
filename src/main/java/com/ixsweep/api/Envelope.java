package com.ixsweep.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parsed Local API envelope. {@code data} is {@code null} when the key is absent and a {@code NullNode} when it
 * is JSON null. {@link #toString()} leaves {@code data} out: it may hold sensitive fields.
 */
record Envelope(int code, String message, Long time, JsonNode data) {

    boolean hasData() {
        return data != null && !data.isNull() && !data.isMissingNode();
    }

    @Override
    public String toString() {
        return "Envelope[code=" + code + ", message=" + message + ", time=" + time + "]";
    }
}
