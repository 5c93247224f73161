package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Getting IDs in (a dropped file) and finding the right rows (group filter, search, tick what is shown). */
@Tag("ui")
class FindAndImportUiTest extends MainWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void aFileDroppedOnTheTableBecomesRowsWithASummaryNamingItsColumnAndRejectedRows(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        Path file = journals.resolve("shops.csv");
        Files.writeString(file, "Profile ID,Shop\n3,known\n990001,new one\n1.5,decimal\n3,again\n");

        Node table = robot.lookup("#" + NodeIds.TABLE).query();
        robot.interact(() -> drop(table.getParent(), file.toFile()));

        waitFor("the dropped file's new ID as a row", () -> vm.getRows().size() == 201);
        String summary =
                robot.lookup("#" + NodeIds.IMPORT_SUMMARY).queryLabeled().getText();
        assertThat(summary)
                .isEqualTo("Imported 2 IDs from shops.csv (column 'Profile ID'); 1 duplicates; 1 rows rejected");
        assertThat(vm.getRows().get(2).getName())
                .as("an existing row keeps its name")
                .isEqualTo("Mail 003");
        assertThat(vm.getRows().get(200).getName())
                .as("a new ID waits for the profile list")
                .isEmpty();
        assertThat(vm.lastImportProperty().get().rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.row()).isEqualTo(4));

        // The rejected rows can be kept, to fix the file.
        Path rejected = journals.resolve("rejected.csv");
        robot.interact(() -> vm.exportRejectedRows(vm.lastImportProperty().get(), rejected));
        waitFor("the rejected rows saved", () -> vm.infoProperty().get().startsWith("Rejected rows saved"));
        assertThat(Files.readString(rejected, java.nio.charset.StandardCharsets.UTF_8))
                .contains("shops.csv,4,1.5,");
    }

    @Test
    void tickShownTicksOnlyWhatTheFiltersShowAndTheTicksSurviveClearingTheFilters(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        long inShops = vm.getRows().stream()
                .filter(r -> r.groupNameProperty().get().equals("Shops"))
                .count();
        assertThat(inShops).isBetween(1L, 199L);

        ComboBox<?> group = robot.lookup(".combo-box")
                .match(n -> ((ComboBox<?>) n).getItems().contains("Shops"))
                .query();
        robot.interact(() -> ((ComboBox<String>) group).setValue("Shops"));
        waitFor("only the group shown", () -> vm.getShownRows().size() == inShops);

        robot.clickOn("#" + NodeIds.SEARCH).write("Shop 0");
        waitFor("search narrows the group", () -> vm.getShownRows().size() < inShops);
        List<Long> shown =
                vm.getShownRows().stream().map(r -> r.getId().value()).toList();
        assertThat(vm.getShownRows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getName()).contains("Shop 0"))
                .allSatisfy(r -> assertThat(r.groupNameProperty().get()).isEqualTo("Shops"));

        robot.clickOn(robot.lookup(".button")
                .match(n -> "Tick shown".equals(((javafx.scene.control.Button) n).getText()))
                .queryButton());
        robot.interact(() -> {
            vm.searchTextProperty().set("");
            ((ComboBox<String>) group).setValue("All groups");
        });
        waitFor("every row shown again", () -> vm.getShownRows().size() == 200);

        assertThat(vm.getRows().stream()
                        .filter(r -> r.isSelected())
                        .map(r -> r.getId().value()))
                .containsExactlyElementsOf(shown);
        assertThat(robot.lookup("#" + NodeIds.CLEAR_CACHE).queryButton().getText())
                .isEqualTo("Clear cache (" + shown.size() + " ticked)");
        assertThat(robot.lookup("#" + NodeIds.SHOWN).queryLabeled().getText())
                .isEqualTo("200 of 200 shown, " + shown.size() + " ticked");
    }

    @Test
    void aSearchThatMatchesNothingSaysSoInsteadOfInvitingADrop(FxRobot robot) throws Exception {
        robot.interact(() -> vm.startDemo());
        waitFor("200 demo profiles loaded", () -> vm.getRows().size() == 200);
        robot.clickOn("#" + NodeIds.SEARCH).write("no such profile");
        waitFor("nothing shown", () -> vm.getShownRows().isEmpty());

        javafx.scene.control.TableView<?> table =
                robot.lookup("#" + NodeIds.TABLE).queryTableView();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .isEqualTo("No profile matches the search and filters. Clear them to see all 200 rows.");
    }

    /** What the OS does when files are dropped: a DRAG_OVER, then a DRAG_DROPPED carrying the files. */
    private static void drop(Node target, File file) {
        TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
        // The toolkit's local clipboard has no transfer modes (a real drag gets them from the OS): offer COPY.
        TKClipboard fromOs = (TKClipboard) Proxy.newProxyInstance(
                TKClipboard.class.getClassLoader(), new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransferModes")) {
                        return Set.of(TransferMode.COPY);
                    }
                    try {
                        return method.invoke(local, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Dragboard board = DragboardHelper.createDragboard(fromOs);
        DragboardHelper.setDataAccessRestriction(board, false);
        board.setContent(Map.of(DataFormat.FILES, List.of(file)));
        for (var type : List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
            target.fireEvent(
                    new DragEvent(target, target, type, board, 10, 10, 10, 10, TransferMode.COPY, null, target, null));
        }
    }
}
