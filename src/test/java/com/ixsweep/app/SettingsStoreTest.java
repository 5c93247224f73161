package com.ixsweep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.viewmodel.Preferences;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void whatTheDialogSavedIsWhatTheNextStartReads() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Preferences edited = new Preferences(
                "http://127.0.0.1:53201",
                false,
                5,
                60,
                25,
                OpenProfilePolicy.CLOSE_FIRST,
                Preferences.Theme.SYSTEM,
                "zh-CN");
        AppSettings saved = AppSettings.defaults()
                .with(edited)
                .withWindow(new AppSettings.WindowGeometry(10, 20, 1000, 700, false));

        store.save(saved);
        AppSettings read = store.load();

        assertThat(read).isEqualTo(saved);
        assertThat(read.preferences()).isEqualTo(edited);
    }

    @Test
    void unknownKeysAreIgnoredAndBadValuesFallBackToDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(
                file,
                "{\"apiUrl\":\"http://127.0.0.1:53202\",\"chunkSize\":-4,\"theme\":\"neon\","
                        + "\"openPolicy\":\"EXPLODE\",\"futureKey\":[1,2]}",
                StandardCharsets.UTF_8);

        AppSettings read = new SettingsStore(file).load();

        assertThat(read.apiUrl()).isEqualTo("http://127.0.0.1:53202");
        assertThat(read.chunkSize()).isEqualTo(AppSettings.defaults().chunkSize());
        assertThat(read.preferences().theme()).isEqualTo(Preferences.Theme.LIGHT);
        assertThat(read.openPolicy()).isEqualTo(OpenProfilePolicy.SKIP);
    }

    @Test
    void anUnreadableFileIsKeptAsideAndDefaultsAreUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{not json", StandardCharsets.UTF_8);

        SettingsStore store = new SettingsStore(file);
        AppSettings read = store.load();

        assertThat(read).isEqualTo(AppSettings.defaults());
        assertThat(dir.resolve("settings.json.bad")).hasContent("{not json");
        assertThat(store.keptAside()).as("so the window can say so").isEqualTo(dir.resolve("settings.json.bad"));
    }
}
