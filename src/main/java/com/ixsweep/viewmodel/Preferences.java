package com.ixsweep.viewmodel;

import com.ixsweep.batch.OpenProfilePolicy;
import java.util.Objects;

/**
 * What the operator chooses in the settings dialog, as one immutable value. The app persists it; the main window
 * applies it (connection, chunk size, open-profile default, theme, language).
 *
 * @param language a language tag ({@code en}, {@code zh-CN}) or empty to follow the system
 */
public record Preferences(
        String apiUrl,
        boolean allowRemoteHost,
        int connectTimeoutSeconds,
        int responseTimeoutSeconds,
        int chunkSize,
        OpenProfilePolicy openPolicy,
        Theme theme,
        String language) {

    public Preferences {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(openPolicy, "openPolicy");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
    }

    /** Whether a change from {@code before} to this needs a new connection to ixBrowser. */
    public boolean connectionDiffersFrom(Preferences before) {
        return before == null
                || !apiUrl.equals(before.apiUrl)
                || allowRemoteHost != before.allowRemoteHost
                || connectTimeoutSeconds != before.connectTimeoutSeconds
                || responseTimeoutSeconds != before.responseTimeoutSeconds;
    }

    /** The look of the window. */
    public enum Theme {
        LIGHT,
        DARK,
        /** Dark or light as the operating system is set, where it can be read. */
        SYSTEM
    }
}
