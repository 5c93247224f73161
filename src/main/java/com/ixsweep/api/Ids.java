package com.ixsweep.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.ixsweep.model.ProfileId;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads profile IDs sent as numbers ({@code 161}, {@code 161.0}) or strings ({@code "161"}). Stateless. */
final class Ids {

    private Ids() {}

    static Optional<ProfileId> read(JsonNode node) {
        Optional<Long> value = readLong(node);
        if (value.isEmpty() || value.get() <= 0 || value.get() > ProfileId.MAX) {
            return Optional.empty();
        }
        return Optional.of(ProfileId.of(value.get()));
    }

    static Optional<Long> readLong(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return Optional.of(node.longValue());
            }
            String text = node.isNumber() ? node.decimalValue().toPlainString() : node.isTextual() ? node.asText() : "";
            text = text.strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(text).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
