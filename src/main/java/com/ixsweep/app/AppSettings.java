package com.ixsweep.app;

import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.viewmodel.Preferences;
import java.util.Locale;

/**
 * What the operator can set, saved as JSON in the config folder. Every field has a sane default; values out of range
 * are replaced by defaults when read (see {@link #sanitized()}).
 */
public record AppSettings(
        String apiUrl,
        boolean allowRemoteHost,
        int connectTimeoutSeconds,
        int responseTimeoutSeconds,
        int chunkSize,
        OpenProfilePolicy openPolicy,
        String theme,
        String language,
        WindowGeometry window) {

    public static final String DEFAULT_API_URL = "http://127.0.0.1:53200";

    public static AppSettings defaults() {
        return new AppSettings(
                DEFAULT_API_URL, false, 3, 30, ClearRequest.DEFAULT_CHUNK, OpenProfilePolicy.SKIP, "light", "", null);
    }

    /** A copy where every missing or out-of-range value is the default. */
    public AppSettings sanitized() {
        AppSettings d = defaults();
        return new AppSettings(
                apiUrl == null || apiUrl.isBlank() ? d.apiUrl : apiUrl.strip(),
                allowRemoteHost,
                inRange(connectTimeoutSeconds, 1, 120, d.connectTimeoutSeconds),
                inRange(responseTimeoutSeconds, 1, 600, d.responseTimeoutSeconds),
                inRange(chunkSize, 1, 1000, d.chunkSize),
                openPolicy == null ? d.openPolicy : openPolicy,
                theme(theme).name().toLowerCase(Locale.ROOT),
                language == null ? "" : language,
                window == null || !window.isUsable() ? null : window);
    }

    public AppSettings withWindow(WindowGeometry geometry) {
        return new AppSettings(
                apiUrl,
                allowRemoteHost,
                connectTimeoutSeconds,
                responseTimeoutSeconds,
                chunkSize,
                openPolicy,
                theme,
                language,
                geometry);
    }

    /** The part the operator edits in the settings dialog. */
    public Preferences preferences() {
        return new Preferences(
                apiUrl,
                allowRemoteHost,
                connectTimeoutSeconds,
                responseTimeoutSeconds,
                chunkSize,
                openPolicy,
                theme(theme),
                language == null ? "" : language);
    }

    /** A copy with the operator's edited preferences and this window geometry. */
    public AppSettings with(Preferences p) {
        return new AppSettings(
                p.apiUrl(),
                p.allowRemoteHost(),
                p.connectTimeoutSeconds(),
                p.responseTimeoutSeconds(),
                p.chunkSize(),
                p.openPolicy(),
                p.theme().name().toLowerCase(Locale.ROOT),
                p.language(),
                window);
    }

    private static Preferences.Theme theme(String name) {
        for (Preferences.Theme t : Preferences.Theme.values()) {
            if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return t;
            }
        }
        return Preferences.Theme.LIGHT;
    }

    private static int inRange(int value, int min, int max, int fallback) {
        return value < min || value > max ? fallback : value;
    }

    /** The main window's last position and size. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
        boolean isUsable() {
            return width >= 400 && height >= 300 && Double.isFinite(x) && Double.isFinite(y);
        }
    }
}
