package com.ixsweep.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import java.util.Optional;

/**
 * Maps one {@code profile-list} entry to {@link Profile}, reading only the safe fields by name: secrets in the same
 * object are never touched. IDs may be numbers or strings; {@code tag_id} may be a string ("1,3"), a number or an
 * array (joined with commas). Stateless.
 */
final class ProfileMapper {

    private ProfileMapper() {}

    static Optional<Profile> map(JsonNode item) {
        if (item == null || !item.isObject()) {
            return Optional.empty();
        }
        Optional<ProfileId> id = Ids.read(item.get("profile_id"));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Profile(
                id.get(),
                text(item, "name"),
                Ids.readLong(item.get("group_id")).orElse(0L),
                text(item, "group_name"),
                text(item, "tag_id"),
                text(item, "tag_name"),
                Ids.readLong(item.get("last_open_time")).orElse(0L),
                false));
    }

    private static String text(JsonNode item, String key) {
        JsonNode node = item.get(key);
        if (node != null && node.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (JsonNode element : node) {
                if (element.isValueNode() && !element.isNull()) {
                    joined.append(joined.length() == 0 ? "" : ",").append(element.asText());
                }
            }
            return joined.toString();
        }
        if (node == null || node.isNull() || !node.isValueNode()) {
            return "";
        }
        return node.asText();
    }
}
