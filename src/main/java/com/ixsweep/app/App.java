package com.ixsweep.app;

import com.ixsweep.batch.ClearEngine;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.ui.MainWindow;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.Preferences;
import com.ixsweep.viewmodel.SettingsViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: reads settings, wires about ten objects by constructors, shows the main window. */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final int SMOKE_TIMEOUT_SECONDS = 30;

    private final AppDirs dirs = AppDirs.detect();
    private SettingsStore settingsStore;
    private AppSettings settings;
    private ExecutorService background;
    private AppApiConnector connector;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        settingsStore = new SettingsStore(dirs.settingsFile());
        settings = settingsStore.load();
        ErrorDialogs.install();

        background = Executors.newCachedThreadPool(daemonThreads());
        connector = new AppApiConnector(settings);
        MainViewModel viewModel = new MainViewModel(
                connector,
                api -> new ClearEngine(api),
                new IdImporter(),
                background,
                Platform::runLater,
                System::currentTimeMillis,
                dirs.journals());
        if (settingsStore.keptAside() != null) {
            viewModel.settingsWereUnreadable(dirs.settingsFile(), settingsStore.keptAside());
        }
        viewModel.chunkSizeProperty().set(settings.chunkSize());
        viewModel.openPolicyProperty().set(settings.openPolicy());
        HistoryViewModel history = new HistoryViewModel(dirs.journals(), viewModel, background, Platform::runLater);
        SettingsViewModel settingsViewModel =
                new SettingsViewModel(settings.preferences(), background, Platform::runLater, connector::test);
        settingsViewModel.appliedProperty().addListener((obs, before, now) -> apply(viewModel, before, now));

        new MainWindow(primaryStage, viewModel, history, settingsViewModel, SystemTheme::prefersDark).install(0, 0);
        primaryStage.getIcons().addAll(icons());
        placeWindow(primaryStage);
        primaryStage.show();
        logStartTime();

        if (options.smokeTest()) {
            exitAfterFirstFrames();
            return;
        }
        history.checkLastRun();
        if (options.demo()) {
            viewModel.startDemo();
        } else {
            viewModel.connect(options.apiUrl() != null ? options.apiUrl() : settings.apiUrl());
        }
    }

    @Override
    public void stop() {
        if (settings != null && stage != null) {
            settingsStore.save(settings.withWindow(new AppSettings.WindowGeometry(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        }
        if (connector != null) {
            connector.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }

    /** Saved settings take effect at once: the window restyles itself; here the connection and clearing defaults. */
    private void apply(MainViewModel viewModel, Preferences before, Preferences now) {
        settings = settings.with(now);
        settingsStore.save(settings);
        connector.use(settings);
        viewModel.chunkSizeProperty().set(now.chunkSize());
        viewModel.openPolicyProperty().set(now.openPolicy());
        if (now.connectionDiffersFrom(before) && !viewModel.isRunning()) {
            viewModel.connect(now.apiUrl());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ixsweep-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static List<Image> icons() {
        return List.of(16, 32, 64, 128, 256).stream()
                .map(size -> App.class.getResource("icons/app-" + size + ".png"))
                .filter(java.util.Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }

    private void placeWindow(Stage window) {
        AppSettings.WindowGeometry g = settings.window();
        boolean onScreen = g != null
                && !Screen.getScreensForRectangle(g.x(), g.y(), g.width(), g.height())
                        .isEmpty();
        if (onScreen) {
            window.setX(g.x());
            window.setY(g.y());
            window.setWidth(g.width());
            window.setHeight(g.height());
            window.setMaximized(g.maximized());
        } else {
            var bounds = Screen.getPrimary().getVisualBounds();
            window.setWidth(Math.min(1200, bounds.getWidth() * 0.9));
            window.setHeight(Math.min(760, bounds.getHeight() * 0.9));
        }
        window.setMinWidth(760);
        window.setMinHeight(480);
    }

    private static void logStartTime() {
        ProcessHandle.current()
                .info()
                .startInstant()
                .ifPresent(start -> LOG.info(
                        "Main window shown {} ms after process start",
                        Duration.between(start, Instant.now()).toMillis()));
    }

    /** --smoke-test: proves the packaged app can render a frame, then exits 0; a watchdog exits 3 if it cannot. */
    private void exitAfterFirstFrames() {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(SMOKE_TIMEOUT_SECONDS * 1000L);
                        LOG.error("Smoke test: no frame within {} s", SMOKE_TIMEOUT_SECONDS);
                        Runtime.getRuntime().halt(3);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "smoke-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    LOG.info("Smoke test: first frame rendered, exiting");
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
