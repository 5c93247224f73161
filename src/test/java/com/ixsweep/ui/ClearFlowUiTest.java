package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The first-run flow through the real window: ixBrowser is not running, the operator tries the demo, adds two IDs
 * the simulator does not know, clears cache and cookies of everything, and sees every row end in its badge.
 */
@Tag("ui")
class ClearFlowUiTest extends MainWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void withoutIxBrowserTheDemoClearsEveryKnownProfileAndMarksUnknownIdsNotFound(FxRobot robot) throws Exception {
        String nowhere = closedPortUrl();
        robot.interact(() -> vm.connect(nowhere));
        waitFor(
                "plain advice",
                () -> robot.lookup("#" + NodeIds.CONNECTION_ADVICE)
                        .queryLabeled()
                        .getText()
                        .startsWith("Not reachable: start ixBrowser, log in, and turn on its Local API"));
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
        waitFor(
                "a CLEARED badge drawn in the table",
                () -> robot.lookup(".status-badge").queryAll().stream()
                        .anyMatch(n -> "CLEARED".equals(((javafx.scene.control.Label) n).getText())));
        assertThat(robot.lookup("#" + NodeIds.SUMMARY).queryLabeled().getText()).contains("cleared 200");
        assertThat(robot.lookup("#" + NodeIds.RETRY_FAILED).queryButton().isDisabled())
                .as("nothing to retry: Not found is final")
                .isTrue();

        // The run is on disk as it happened, and its report can be kept.
        RunJournal.Contents journal =
                RunJournal.read(RunJournal.latest(journals).orElseThrow());
        assertThat(journal.finished()).isTrue();
        assertThat(journal.target().demo())
                .as("History must tell a demo run from a real one")
                .isTrue();
        assertThat(journal.target().apiUrl()).isEqualTo(vm.apiUrlProperty().get());
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
    void closingTheWindowMidRunAsksThenStopsTheRunAndClosesWhenItHasEnded(FxRobot robot) throws Exception {
        startASlowRunOf300(robot);

        javafx.application.Platform.runLater(() ->
                window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        clickWhenReady(robot, NodeIds.QUIT_STOP);

        waitFor("the window closed after the run ended", () -> !window.isShowing());
        assertThat(vm.lastSummaryProperty().get()).isNotNull();
        assertThat(vm.getRows()).allMatch(r -> r.getState().status().isFinal());
        assertThat(rowsIn(RowStatus.CLEARED) + rowsIn(RowStatus.NOT_ATTEMPTED)).isEqualTo(300);
        assertThat(rowsIn(RowStatus.FAILED)).as("nothing cut off in flight").isZero();
    }

    @Test
    void aDryRunAfterARealRunLeavesNothingForRetryFailedToRepeat(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        clickWhenReady(robot, NodeIds.CLEAR_COOKIES);
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor("the cookie run's summary", () -> vm.lastSummaryProperty().get() != null);

        clickWhenReady(robot, NodeIds.CLEAR_CACHE);
        clickWhenReady(robot, NodeIds.CONFIRM_DRY_RUN);
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor(
                "the dry run's summary",
                () -> vm.lastSummaryProperty().get() != null
                        && vm.lastSummaryProperty().get().dryRun());

        assertThat(robot.lookup("#" + NodeIds.RETRY_FAILED).queryButton().isDisabled())
                .as("the planned rows are not failures: Retry must not clear cookies again")
                .isTrue();
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
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor("the resumed run's summary", () -> vm.lastSummaryProperty().get() != null);
        assertThat(vm.lastSummaryProperty().get().total()).isEqualTo(150);
        assertThat(rowsIn(RowStatus.CLEARED)).isEqualTo(200);
    }

    @Test
    void cancelLeavesUnsentRowsNotAttemptedAndRetryFailedClearsThem(FxRobot robot) throws Exception {
        startASlowRunOf300(robot);
        long pressed = System.nanoTime();
        clickWhenReady(robot, NodeIds.CANCEL);
        waitFor("the run ended", () -> vm.lastSummaryProperty().get() != null);
        long stoppedMillis = (System.nanoTime() - pressed) / 1_000_000;

        assertThat(stoppedMillis).as("cancel stops within a second or so").isLessThan(2_000);
        assertThat(vm.getRows()).allMatch(r -> r.getState().status().isFinal());
        assertThat(rowsIn(RowStatus.NOT_ATTEMPTED)).isGreaterThan(0);
        assertThat(rowsIn(RowStatus.CLEARED) + rowsIn(RowStatus.NOT_ATTEMPTED)).isEqualTo(300);

        // Retry failed sends exactly the rows the cancel left, and every profile ends cleared.
        long left = rowsIn(RowStatus.NOT_ATTEMPTED);
        var cancelled = vm.lastSummaryProperty().get();
        robot.interact(() -> vm.chunkSizeProperty().set(50));
        clickWhenReady(robot, NodeIds.RETRY_FAILED);
        waitFor(
                "the retry asks first, naming its mode and count",
                () -> robot.lookup("#" + NodeIds.CONFIRM_CLEAR)
                        .tryQuery()
                        .map(b -> ((Button) b).getText().equals("Clear cache of " + left + " profiles"))
                        .orElse(false));
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor(
                "the retry's summary",
                () -> vm.lastSummaryProperty().get() != cancelled
                        && vm.lastSummaryProperty().get() != null);
        assertThat(vm.lastSummaryProperty().get().total()).isEqualTo((int) left);
        assertThat(rowsIn(RowStatus.CLEARED)).isEqualTo(300);
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

    /** A cache run over 300 demo profiles in chunks of 10 at 150 ms a request, some 20 rows in: time to act mid-run. */
    private void startASlowRunOf300(FxRobot robot) throws Exception {
        demoConfig =
                SimulatorConfig.defaults().withProfileCount(300).withLatency(Duration.ofMillis(150), Duration.ZERO);
        robot.interact(() -> vm.startDemo());
        waitFor("300 demo profiles loaded", () -> vm.getRows().size() == 300);
        robot.interact(() -> vm.chunkSizeProperty().set(10));
        clickWhenReady(robot, NodeIds.CLEAR_CACHE);
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor("some rows cleared", () -> rowsIn(RowStatus.CLEARED) >= 20);
    }
}
