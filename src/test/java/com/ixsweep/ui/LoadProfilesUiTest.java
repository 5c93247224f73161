package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Loading a large profile list from ixBrowser: progress while it pages, Cancel between pages, reload keeps states. */
@Tag("ui")
class LoadProfilesUiTest extends MainWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void loadingShowsPageProgressCanBeCancelledAndAReloadKeepsResults(FxRobot robot) throws Exception {
        demoConfig =
                SimulatorConfig.defaults().withProfileCount(3_000).withLatency(Duration.ofMillis(120), Duration.ZERO);
        robot.interact(() -> vm.startDemo());

        waitFor(
                "the status bar counting pages",
                () -> robot.lookup("#" + NodeIds.COUNTS)
                        .queryLabeled()
                        .getText()
                        .matches("Loading profiles: [1-9][0-9,]* of 3,000…"));
        clickWhenReady(robot, NodeIds.CANCEL);
        waitFor("loading stopped", () -> !vm.loadingProperty().get());
        int partial = vm.getRows().size();
        assertThat(partial).isBetween(100, 2_900);
        assertThat(vm.infoProperty().get()).startsWith("Loading stopped: " + partial + " profiles were loaded");

        robot.interact(() -> vm.getRows().get(0).setSelected(true));
        clickWhenReady(robot, NodeIds.CLEAR_CACHE);
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor("the one ticked row cleared", () -> rowsIn(RowStatus.CLEARED) == 1);
        waitFor("the run over", () -> vm.lastSummaryProperty().get() != null);

        clickWhenReady(robot, NodeIds.LOAD);
        waitFor(
                "every profile loaded",
                () -> vm.getRows().size() == 3_000 && !vm.loadingProperty().get());
        assertThat(vm.getRows().get(0).getState().status())
                .as("a reload keeps the result")
                .isEqualTo(RowStatus.CLEARED);
        assertThat(rowsIn(RowStatus.CLEARED)).isEqualTo(1);
    }

    @Test
    void resultsFromTheDemoDoNotFollowTheTableToAnotherIxBrowser(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        robot.interact(() -> vm.getRows().get(5).setSelected(true));
        clickWhenReady(robot, NodeIds.CLEAR_CACHE);
        clickWhenReady(robot, NodeIds.CONFIRM_CLEAR);
        waitFor("one demo profile cleared", () -> rowsIn(RowStatus.CLEARED) == 1);
        waitFor("the run over", () -> vm.lastSummaryProperty().get() != null);

        LocalApiSimulator other =
                new LocalApiSimulator(SimulatorConfig.defaults().withProfileCount(50));
        other.start();
        opened.add(other);
        robot.interact(() -> vm.connect(other.baseUrl()));

        waitFor(
                "the other ixBrowser's list loaded",
                () -> !vm.loadingProperty().get()
                        && vm.connectionStateProperty().get() == com.ixsweep.viewmodel.ConnectionState.CONNECTED
                        && vm.getRows().get(0).knownProperty().get());
        assertThat(rowsIn(RowStatus.CLEARED)).as("nothing was cleared there").isZero();
        assertThat(vm.getRows()).hasSize(200).allMatch(r -> r.getState().status() == RowStatus.PENDING);
        assertThat(vm.getRows().get(5).isSelected())
                .as("the operator's ticks stay")
                .isTrue();
        assertThat(vm.getRows().stream().filter(r -> r.knownProperty().get()))
                .as("only the 50 it has are named")
                .hasSize(50);
        assertThat(vm.lastSummaryProperty().get()).isNull();
        assertThat(vm.infoProperty().get()).startsWith("Connected elsewhere: names and results from http://127.0.0.1:");
    }
}
