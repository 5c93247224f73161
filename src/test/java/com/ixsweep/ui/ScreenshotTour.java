package com.ixsweep.ui;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.model.ClearMode;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.viewmodel.ApiConnector;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.Preferences;
import com.ixsweep.viewmodel.SettingsViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Not a test: walks the real window through its main states against the simulator and saves a PNG of each, so the
 * UI can be looked at (README screenshot, reviews). Needs a display (Xvfb) and the glass GTK platform:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     com.ixsweep.ui.ScreenshotTour target/shots
 * </pre>
 */
public final class ScreenshotTour {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ScreenshotTour() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/shots");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("ixsweep-tour");
        ExecutorService background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tour-worker");
            t.setDaemon(true);
            return t;
        });
        LocalApiSimulator sim = new LocalApiSimulator(SimulatorConfig.defaults()
                .withProfileCount(240)
                .withLatency(Duration.ofMillis(250), Duration.ofMillis(6))
                .withOpenAtStart(3, 0));
        sim.start();
        ApiConnector connector = new ApiConnector() {
            @Override
            public LocalApi connect(String baseUrl) {
                return new IxBrowserClient(ApiSettings.defaults().withBaseUrl(baseUrl));
            }

            @Override
            public LocalApi startDemo() {
                return connect(sim.baseUrl());
            }
        };

        Platform.startup(() -> {});
        Stage[] stage = new Stage[1];
        MainViewModel[] vm = new MainViewModel[1];
        SettingsViewModel[] settings = new SettingsViewModel[1];
        onFx(() -> {
            vm[0] = new MainViewModel(
                    connector,
                    ClearEngine::new,
                    new IdImporter(),
                    background,
                    Platform::runLater,
                    System::currentTimeMillis,
                    home);
            HistoryViewModel history = new HistoryViewModel(home, vm[0], background, Platform::runLater);
            settings[0] = new SettingsViewModel(
                    new Preferences(
                            "http://127.0.0.1:9",
                            false,
                            1,
                            30,
                            50,
                            OpenProfilePolicy.SKIP,
                            Preferences.Theme.LIGHT,
                            "en"),
                    background,
                    Platform::runLater,
                    p -> connector.connect(p.apiUrl()).testConnection());
            stage[0] = new Stage();
            new MainWindow(stage[0], vm[0], history, settings[0], () -> false).install(1200, 760);
            stage[0].show();
            vm[0].connect("http://127.0.0.1:9");
            return null;
        });
        MainViewModel m = vm[0];

        waitUntil(() -> onFx(() -> !m.connectionMessageProperty().get().isEmpty()));
        shoot(stage[0], out.resolve("1-not-reachable-empty.png"));

        onFx(() -> {
            m.startDemo();
            return null;
        });
        waitUntil(() ->
                onFx(() -> m.getRows().size() == 240 && !m.loadingProperty().get()));
        onFx(() -> {
            m.addIdsFromText("999001, 999002");
            return null;
        });
        waitUntil(() -> onFx(() -> m.getRows().size() == 242));
        shoot(stage[0], out.resolve("2-loaded.png"));

        onFx(() -> {
            m.clear(ClearMode.CACHE_AND_COOKIES, OpenProfilePolicy.SKIP, false);
            return null;
        });
        waitUntil(() -> onFx(() -> m.runFinishedProperty().get() > 100));
        shoot(stage[0], out.resolve("3-running.png"));

        waitUntil(() -> onFx(() -> m.lastSummaryProperty().get() != null));
        onFx(() -> {
            m.showNotCleared();
            return null;
        });
        shoot(stage[0], out.resolve("4-finished-not-cleared.png"));
        onFx(() -> {
            m.statusFilterProperty().set(com.ixsweep.viewmodel.StatusFilter.ALL);
            return null;
        });
        shoot(stage[0], out.resolve("5-finished-all.png"));

        onFx(() -> {
            Platform.runLater(() -> SettingsDialog.show(stage[0], Messages.forLanguage("en"), settings[0]));
            return null;
        });
        waitUntil(() -> onFx(() -> Window.getWindows().size() > 1));
        onFx(() -> {
            settings[0].testConnection(); // port 9: nothing listens, so the advice shows
            return null;
        });
        waitUntil(() -> onFx(() -> settings[0].testResultProperty().get() != null));
        Thread.sleep(500);
        shoot(
                onFx(() -> (Stage) Window.getWindows().stream()
                        .filter(w -> w != stage[0])
                        .findFirst()
                        .orElseThrow()),
                out.resolve("6-settings.png"));
        onFx(() -> {
            settings[0].themeProperty().set(Preferences.Theme.DARK);
            settings[0].save();
            Window.getWindows().stream().filter(w -> w != stage[0]).toList().forEach(Window::hide);
            return null;
        });
        shoot(stage[0], out.resolve("7-dark.png"));

        onFx(() -> {
            settings[0].edit();
            settings[0].themeProperty().set(Preferences.Theme.LIGHT);
            settings[0].languageProperty().set("zh-CN");
            settings[0].save();
            return null;
        });
        shoot(stage[0], out.resolve("8-chinese.png"));

        sim.close();
        background.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("state not reached within " + WAIT);
            }
            Thread.sleep(50);
        }
    }

    /** Lets two pulses lay out and paint, then saves the window's scene. */
    private static void shoot(Stage window, Path file) throws InterruptedException {
        Thread.sleep(400);
        WritableImage image = onFx(() -> {
            Scene scene = window.getScene();
            return scene.snapshot(null);
        });
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("saved " + file);
    }
}
