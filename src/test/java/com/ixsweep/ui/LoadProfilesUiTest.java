package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.model.RowStatus;
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
}
