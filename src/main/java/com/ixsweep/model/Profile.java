package com.ixsweep.model;

import java.util.Objects;

/**
 * The safe part of an ixBrowser profile: only the fields LOCAL-API.md allows us to keep. Secrets such as passwords,
 * proxies or cookies are never mapped into this type, so they cannot leak through it.
 *
 * @param lastOpenEpochSeconds unix seconds of the last open, 0 when never opened or unknown
 * @param open whether the profile is running now (from the opened-profile lists)
 */
public record Profile(
        ProfileId id,
        String name,
        long groupId,
        String groupName,
        String tagId,
        String tagName,
        long lastOpenEpochSeconds,
        boolean open) {

    public Profile {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        groupName = groupName == null ? "" : groupName;
        tagId = tagId == null ? "" : tagId;
        tagName = tagName == null ? "" : tagName;
    }

    /** A profile known only by its ID, e.g. pasted or imported before the profile list was loaded. */
    public static Profile unknown(ProfileId id) {
        return new Profile(id, "", 0, "", "", "", 0, false);
    }

    public Profile withOpen(boolean nowOpen) {
        return new Profile(id, name, groupId, groupName, tagId, tagName, lastOpenEpochSeconds, nowOpen);
    }
}
