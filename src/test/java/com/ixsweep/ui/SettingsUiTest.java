package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.viewmodel.Preferences;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The settings dialog through the real window: language and theme take effect at once, bad input cannot be saved. */
@Tag("ui")
class SettingsUiTest extends MainWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void choosingChineseAndDarkRedrawsTheWindowAndKeepsEveryRow(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        assertThat(robot.lookup("#" + NodeIds.LOAD).queryButton().getText()).isEqualTo("Load profiles");

        clickWhenReady(robot, NodeIds.SETTINGS);
        waitFor(
                "the settings dialog",
                () -> robot.lookup("#" + NodeIds.SETTINGS_LANGUAGE).tryQuery().isPresent());
        ComboBox<String> language =
                robot.lookup("#" + NodeIds.SETTINGS_LANGUAGE).query();
        ComboBox<Preferences.Theme> theme =
                robot.lookup("#" + NodeIds.SETTINGS_THEME).query();
        robot.interact(() -> {
            language.setValue("zh-CN");
            theme.setValue(Preferences.Theme.DARK);
        });
        clickWhenReady(robot, NodeIds.SETTINGS_SAVE);

        waitFor(
                "the toolbar in Chinese",
                () -> robot.lookup("#" + NodeIds.LOAD)
                        .tryQuery()
                        .map(n -> ((Button) n).getText().equals("加载窗口列表"))
                        .orElse(false));
        assertThat(robot.lookup("#" + NodeIds.CLEAR_CACHE).queryButton().getText())
                .isEqualTo("清除缓存（全部 200 个）");
        assertThat(robot.lookup("#" + NodeIds.TABLE).queryTableView().getItems())
                .as("rows survive the new language")
                .hasSize(200);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(settings.getApplied().language()).isEqualTo("zh-CN");
        // the view models' notices follow the language too
        robot.interact(() -> vm.exportReport(journals.resolve("report.csv")));
        waitFor("a notice in Chinese", () -> vm.infoProperty().get().startsWith("报告已保存"));
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    @Test
    void aPortOutOfRangeIsNamedAndCannotBeSaved(FxRobot robot) throws Exception {
        clickWhenReady(robot, NodeIds.SETTINGS);
        waitFor(
                "the settings dialog",
                () -> robot.lookup("#" + NodeIds.SETTINGS_PORT).tryQuery().isPresent());
        robot.doubleClickOn("#" + NodeIds.SETTINGS_PORT).eraseText(5).write("99999");

        waitFor(
                "the problem shown",
                () -> robot.lookup("#" + NodeIds.SETTINGS_PROBLEM)
                        .queryLabeled()
                        .isVisible());
        assertThat(robot.lookup("#" + NodeIds.SETTINGS_PROBLEM).queryLabeled().getText())
                .startsWith("The port must be a whole number from 1 to 65535");
        assertThat(robot.lookup("#" + NodeIds.SETTINGS_SAVE).queryButton().isDisabled())
                .isTrue();
        assertThat(settings.getApplied().apiUrl()).isEqualTo("http://127.0.0.1:53200");
        robot.interact(() -> robot.lookup("#" + NodeIds.SETTINGS_PORT)
                .query()
                .getScene()
                .getWindow()
                .hide());
    }

    @Test
    void testConnectionSaysWhetherIxBrowserAnswersAtTheEditedAddress(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("the demo running", () -> vm.getRows().size() == 200);
        String demoPort = vm.apiUrlProperty().get().replaceAll(".*:", "");
        String closedPort = closedPortUrl().replaceAll(".*:", "");

        clickWhenReady(robot, NodeIds.SETTINGS);
        waitFor(
                "the settings dialog",
                () -> robot.lookup("#" + NodeIds.SETTINGS_PORT).tryQuery().isPresent());
        robot.interact(() -> settings.portProperty().set(demoPort));
        clickWhenReady(robot, NodeIds.SETTINGS_TEST);
        waitFor("the answer", () -> resultText(robot).startsWith("Connected"));

        robot.interact(() -> settings.portProperty().set(closedPort));
        assertThat(resultText(robot)).as("an edit clears the old answer").isEmpty();
        clickWhenReady(robot, NodeIds.SETTINGS_TEST);
        waitFor("the answer", () -> resultText(robot).startsWith("Not reachable"));
        assertThat(settings.getApplied().apiUrl()).as("testing saves nothing").isEqualTo("http://127.0.0.1:53200");
        robot.interact(() -> robot.lookup("#" + NodeIds.SETTINGS_PORT)
                .query()
                .getScene()
                .getWindow()
                .hide());
    }

    private static String resultText(FxRobot robot) {
        return robot.lookup("#" + NodeIds.SETTINGS_TEST_RESULT).<Labeled>query().getText();
    }
}
