package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.viewmodel.ApiConnector;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first-run flow through the real window: ixBrowser is not running, the operator tries the demo, adds two IDs
 * the simulator does not know, clears cache and cookies of everything, and sees every row end in its badge.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClearFlowUiTest {

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private volatile SimulatorConfig demoConfig = SimulatorConfig.defaults().withProfileCount(200);
    private MainViewModel vm;
    private HistoryViewModel history;

    @TempDir
    Path journals;

    @Start
    void start(Stage stage) {
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
        MainView view = new MainView(vm, history, ResourceBundle.getBundle("com.ixsweep.ui.messages", Locale.ENGLISH));
        Scene scene = new Scene(view, 1100, 700);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeEverything() throws Exception {
        background.shutdownNow();
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) throws Exception {
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
    private void clickWhenReady(FxRobot robot, String id) throws Exception {
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
    private boolean running() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> vm.isRunning()).get(5, TimeUnit.SECONDS);
    }

    private long rowsIn(RowStatus status) {
        return vm.getRows().stream()
                .filter(r -> r.getState().status() == status)
                .count();
    }

    @Test
    void withoutIxBrowserTheDemoClearsEveryKnownProfileAndMarksUnknownIdsNotFound(FxRobot robot) throws Exception {
        String nowhere = closedPortUrl();
        robot.interact(() -> vm.connect(nowhere));
        clickWhenReady(robot, NodeIds.TRY_DEMO);
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        assertThat(robot.lookup("#" + NodeIds.DEMO_BANNER).queryLabeled().isVisible())
                .isTrue();

        robot.clickOn("#" + NodeIds.PASTE_AREA).write("999001\n999002");
        clickWhenReady(robot, NodeIds.ADD_IDS);
        waitFor("the pasted IDs as rows", () -> vm.getRows().size() == 202);

        Button clear = robot.lookup("#" + NodeIds.CLEAR_COOKIES).queryButton();
        assertThat(clear.getText()).isEqualTo("Clear cache and cookies (all 202)");
        clickWhenReady(robot, NodeIds.CLEAR_COOKIES);
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);

        waitFor("the run's summary", () -> vm.lastSummaryProperty().get() != null);
        assertThat(running()).isFalse();
        assertThat(vm.getRows()).allMatch(r -> r.getState().status().isFinal());
        assertThat(rowsIn(RowStatus.CLEARED)).isEqualTo(200);
        assertThat(rowsIn(RowStatus.NOT_FOUND)).isEqualTo(2);
        TableView<ProfileRowViewModel> table = robot.lookup("#" + NodeIds.TABLE).queryTableView();
        assertThat(table.getItems()).hasSize(202);
        assertThat(robot.lookup(".status-badge").queryAll())
                .anySatisfy(n ->
                        assertThat(((javafx.scene.control.Label) n).getText()).isEqualTo("CLEARED"));
        assertThat(robot.lookup("#" + NodeIds.SUMMARY).queryLabeled().getText()).contains("cleared 200");
        assertThat(robot.lookup("#" + NodeIds.RETRY_FAILED).queryButton().isDisabled())
                .as("nothing to retry: Not found is final")
                .isTrue();

        // The run is on disk as it happened, and its report can be kept.
        RunJournal.Contents journal =
                RunJournal.read(RunJournal.latest(journals).orElseThrow());
        assertThat(journal.finished()).isTrue();
        assertThat(journal.finalCounts()).containsEntry(RowStatus.CLEARED, 200).containsEntry(RowStatus.NOT_FOUND, 2);
        Path report = journals.resolve("report.csv");
        robot.interact(() -> vm.exportReport(report));
        waitFor("the report saved", () -> vm.infoProperty().get().startsWith("Report saved"));
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(203);
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,name,status,code,message");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("999001,,Not found,2007"));
    }

    @Test
    void aDryRunPlansEveryRowAndClearsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);

        clickWhenReady(robot, NodeIds.CLEAR_COOKIES);
        clickWhenReady(robot, NodeIds.CONFIRM_DRY_RUN);
        assertThat(robot.lookup("#" + NodeIds.CONFIRM_CLEAR).queryButton().getText())
                .isEqualTo("Dry run: plan clearing of 200 profiles");
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);

        waitFor("the dry run's summary", () -> vm.lastSummaryProperty().get() != null);
        assertThat(vm.lastSummaryProperty().get().dryRun()).isTrue();
        assertThat(rowsIn(RowStatus.CLEARED)).isZero();
        assertThat(vm.getRows())
                .allSatisfy(r -> assertThat(r.getState().message()).startsWith("dry run"));
        assertThat(robot.lookup("#" + NodeIds.SUMMARY).queryLabeled().getText())
                .startsWith("Dry run of 200 profiles: would clear 200")
                .contains("nothing was cleared");
        // A dry run is never what Retry failed repeats.
        assertThat(vm.runModeProperty().get()).isNull();
    }

    @Test
    void aRunCutShortByAKillIsOfferedAtTheNextStartAndResumesWhereItStopped(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        // What a killed app leaves behind: a header and the answers it had heard, no end line.
        List<ProfileId> ids =
                vm.getRows().stream().map(ProfileRowViewModel::getId).toList();
        try (RunJournal killed = RunJournal.start(journals, ClearRequest.of(ids, ClearMode.CACHE))) {
            for (ProfileId id : ids.subList(0, 50)) {
                killed.stateChanged(id, RowState.of(RowStatus.CLEARED));
            }
        }

        robot.interact(() -> history.checkLastRun());
        waitFor(
                "the interrupted run offered",
                () -> history.interruptedProperty().get() != null);
        assertThat(robot.lookup("#" + NodeIds.INTERRUPTED).queryLabeled().getText())
                .contains("200 profiles, 150 without a final result");
        clickWhenReady(robot, NodeIds.OPEN_INTERRUPTED);
        waitFor("the journal's results in the table", () -> rowsIn(RowStatus.CLEARED) == 50);
        assertThat(rowsIn(RowStatus.NOT_ATTEMPTED)).isEqualTo(150);

        clickWhenReady(robot, NodeIds.RETRY_FAILED);
        waitFor("the resumed run's summary", () -> vm.lastSummaryProperty().get() != null);
        assertThat(vm.lastSummaryProperty().get().total()).isEqualTo(150);
        assertThat(rowsIn(RowStatus.CLEARED)).isEqualTo(200);
    }

    @Test
    void cancelLeavesUnsentRowsNotAttempted(FxRobot robot) throws Exception {
        demoConfig =
                SimulatorConfig.defaults().withProfileCount(300).withLatency(Duration.ofMillis(150), Duration.ZERO);
        robot.interact(() -> vm.startDemo());
        waitFor("300 demo profiles loaded", () -> vm.getRows().size() == 300);
        robot.interact(() -> vm.chunkSizeProperty().set(10));

        clickWhenReady(robot, NodeIds.CLEAR_CACHE);
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor("some rows cleared", () -> rowsIn(RowStatus.CLEARED) >= 20);
        long pressed = System.nanoTime();
        clickWhenReady(robot, NodeIds.CANCEL);
        waitFor("the run ended", () -> vm.lastSummaryProperty().get() != null);
        long stoppedMillis = (System.nanoTime() - pressed) / 1_000_000;

        assertThat(stoppedMillis).as("cancel stops within a second or so").isLessThan(2_000);
        assertThat(vm.getRows()).allMatch(r -> r.getState().status().isFinal());
        assertThat(rowsIn(RowStatus.NOT_ATTEMPTED)).isGreaterThan(0);
        assertThat(rowsIn(RowStatus.CLEARED) + rowsIn(RowStatus.NOT_ATTEMPTED)).isEqualTo(300);
    }

    @Test
    void whenTwoColumnsCouldHoldTheIdsTheOperatorChoosesAndOnlyThatColumnIsImported(FxRobot robot) throws Exception {
        Path twoColumns = journals.resolve("two-columns.csv");
        Files.writeString(twoColumns, "1456,7\n1457,8\n1458,9\n");
        robot.interact(() -> vm.importFiles(List.of(twoColumns)));

        waitFor(
                "the column question",
                () -> robot.lookup("#" + NodeIds.COLUMN_LIST).tryQuery().isPresent());
        assertThat(vm.getRows()).as("nothing merged before the answer").isEmpty();
        javafx.scene.control.ListView<?> candidates =
                robot.lookup("#" + NodeIds.COLUMN_LIST).queryListView();
        assertThat(candidates.getItems()).hasSize(2);
        robot.interact(() -> candidates.getSelectionModel().select(1));
        clickWhenReady(robot, NodeIds.COLUMN_USE);

        waitFor("column B imported", () -> vm.getRows().size() == 3);
        assertThat(vm.getRows()).extracting(r -> r.getId().value()).containsExactly(7L, 8L, 9L);
        assertThat(vm.getColumnQuestions()).isEmpty();
    }
}
