package com.ixsweep.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppSettings} as JSON, leniently: unknown keys are ignored, bad values become defaults, and
 * a file that cannot be read at all is kept aside as {@code settings.json.bad} rather than lost.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private Path keptAside;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path file) {
        this.file = file;
    }

    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.defaults();
        }
        try {
            AppSettings read = json.readValue(file.toFile(), AppSettings.class);
            return read == null ? AppSettings.defaults() : read.sanitized();
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".bad");
            keptAside = aside;
            LOG.warn("Settings file {} could not be read; using defaults and keeping it as {}", file, aside, e);
            try {
                Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException copyFailed) {
                LOG.warn("Could not keep the unreadable settings file aside", copyFailed);
            }
            return AppSettings.defaults();
        }
    }

    /** Where the last {@link #load()} kept an unreadable file, or null when it read the file (or there was none). */
    public Path keptAside() {
        return keptAside;
    }

    public void save(AppSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(tmp.toFile(), settings);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }
}
