package com.ixsweep.model;

import java.util.Arrays;
import java.util.Optional;

/** What a run wipes. Each mode is one Local API action taking {@code {"profile_id": [..]}}. */
public enum ClearMode {
    CACHE("profile-clear-cache", "cache"),
    CACHE_AND_COOKIES("profile-clear-cache-and-cookies", "cache-and-cookies"),
    CACHE_KEEP_EXTENSIONS("profile-clear-cache-keep-extensions", "cache-keep-extensions");

    private final String action;
    private final String cliName;

    ClearMode(String action, String cliName) {
        this.action = action;
        this.cliName = cliName;
    }

    /** The Local API action name, e.g. {@code profile-clear-cache-and-cookies}. */
    public String action() {
        return action;
    }

    /** The name used on the command line and in reports, e.g. {@code cache-and-cookies}. */
    public String cliName() {
        return cliName;
    }

    /** Whether this mode logs the profile out of every site: the operator must confirm it. */
    public boolean removesCookies() {
        return this == CACHE_AND_COOKIES;
    }

    public static Optional<ClearMode> fromCliName(String name) {
        return Arrays.stream(values())
                .filter(m -> m.cliName.equalsIgnoreCase(name))
                .findFirst();
    }
}
