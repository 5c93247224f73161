package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.viewmodel.ApiConnector;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.Preferences;
import com.ixsweep.viewmodel.SettingsViewModel;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window (view, view-models, engine, importer) against the built-in simulator, as each UI test needs
 * it, with the waiting helpers that keep headless tests deterministic: wait for a condition, click a node only once
 * it is shown, laid out and enabled.
 */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowFixture {

    protected final List<AutoCloseable> opened = new ArrayList<>();
    protected final ExecutorService background = Executors.newCachedThreadPool();
    protected volatile SimulatorConfig demoConfig = SimulatorConfig.defaults().withProfileCount(200);
    protected MainViewModel vm;
    protected HistoryViewModel history;
    protected SettingsViewModel settings;
    protected Stage window;

    @TempDir
    protected Path journals;

    /** Call from the subclass's {@code @Start} method: TestFX looks for it on the test class itself only. */
    protected void showMainWindow(Stage stage) {
        window = stage;
        ApiConnector connector = new ApiConnector() {
            @Override
            public LocalApi connect(String baseUrl) {
                IxBrowserClient client = new IxBrowserClient(ApiSettings.defaults()
                        .withBaseUrl(baseUrl)
                        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5)));
                opened.add(client);
                return client;
            }

            @Override
            public LocalApi startDemo() {
                LocalApiSimulator simulator = new LocalApiSimulator(demoConfig);
                try {
                    simulator.start();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                opened.add(simulator);
                return connect(simulator.baseUrl());
            }
        };
        vm = new MainViewModel(
                connector,
                ClearEngine::new,
                new IdImporter(),
                background,
                Platform::runLater,
                System::currentTimeMillis,
                journals);
        history = new HistoryViewModel(journals, vm, background, Platform::runLater);
        settings = new SettingsViewModel(
                new Preferences(
                        "http://127.0.0.1:53200",
                        false,
                        1,
                        5,
                        50,
                        OpenProfilePolicy.SKIP,
                        Preferences.Theme.LIGHT,
                        "en"),
                background,
                Platform::runLater,
                p -> {
                    try (IxBrowserClient probe =
                            new IxBrowserClient(ApiSettings.defaults().withBaseUrl(p.apiUrl()))) {
                        return probe.testConnection();
                    }
                });
        new MainWindow(stage, vm, history, settings, () -> false)
                .install(1200, 760); // the default size of the real window
        stage.show();
    }

    @AfterEach
    void closeEverything() throws Exception {
        background.shutdownNow();
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    protected static String closedPortUrl() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    protected void waitFor(String what, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException timedOut) {
            // fall through to the assertion, which says what the window showed
        }
        assertThat(condition.getAsBoolean())
                .as(
                        "%s (connection %s: %s; notice: %s; %d rows)",
                        what,
                        vm.connectionStateProperty().get(),
                        vm.connectionMessageProperty().get(),
                        vm.noticeProperty().get(),
                        vm.getRows().size())
                .isTrue();
    }

    /** Clicks a button once it is shown, laid out and enabled: a click before layout lands elsewhere. */
    protected void clickWhenReady(FxRobot robot, String id) throws Exception {
        waitFor(id + " ready", () -> {
            var node = robot.lookup("#" + id).tryQuery();
            return node.isPresent()
                    && node.get().isVisible()
                    && !node.get().isDisabled()
                    && node.get().getScene() != null
                    && isLaidOut((javafx.scene.layout.Region) node.get());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + id);
    }

    /** A node just made visible keeps a stale size and place until the next layout pass. */
    private static boolean isLaidOut(javafx.scene.layout.Region node) {
        var inScene = node.localToScene(node.getLayoutBounds());
        return node.getWidth() >= node.prefWidth(-1) - 1 && inScene.getMinY() >= 0 && inScene.getMinX() >= 0;
    }

    /** Service state may only be read on the FX thread. */
    protected boolean running() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> vm.isRunning()).get(5, TimeUnit.SECONDS);
    }

    protected long rowsIn(RowStatus status) {
        return vm.getRows().stream()
                .filter(r -> r.getState().status() == status)
                .count();
    }
}
