package com.ixsweep.api;

/** Filters for {@code profile-list}; 0 or empty means "any". */
public record ProfileQuery(String name, long groupId, long tagId) {

    public static final ProfileQuery ALL = new ProfileQuery("", 0, 0);

    public ProfileQuery {
        name = name == null ? "" : name;
    }
}
