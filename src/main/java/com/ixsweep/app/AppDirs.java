package com.ixsweep.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where IX Sweep keeps its files, per OS: settings in the config folder; logs and run journals in the data folder.
 * The system property {@code ixsweep.home} puts everything under one folder (tests, portable use).
 */
public record AppDirs(Path config, Path data) {

    private static final String WINDOWS_NAME = "IX Sweep";
    private static final String UNIX_NAME = "ix-sweep";

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path journals() {
        return data.resolve("runs");
    }

    public static AppDirs detect() {
        String home = System.getProperty("ixsweep.home");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new AppDirs(root.resolve("config"), root.resolve("data"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            Path appData = envPath("APPDATA", userHome.resolve("AppData").resolve("Roaming"));
            return new AppDirs(appData.resolve(WINDOWS_NAME), appData.resolve(WINDOWS_NAME));
        }
        if (os.contains("mac")) {
            Path support =
                    userHome.resolve("Library").resolve("Application Support").resolve(WINDOWS_NAME);
            return new AppDirs(support, support);
        }
        Path config = envPath("XDG_CONFIG_HOME", userHome.resolve(".config")).resolve(UNIX_NAME);
        Path data = envPath("XDG_DATA_HOME", userHome.resolve(".local").resolve("share"))
                .resolve(UNIX_NAME);
        return new AppDirs(config, data);
    }

    private static Path envPath(String name, Path fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
