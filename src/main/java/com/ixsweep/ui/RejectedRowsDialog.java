package com.ixsweep.ui;

import com.ixsweep.importer.ImportResult;
import com.ixsweep.importer.ImportResult.RejectedRow;
import com.ixsweep.viewmodel.MainViewModel;
import java.io.File;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The rows an import left out, with row number, text and reason, so the operator can fix the file. */
final class RejectedRowsDialog {

    private RejectedRowsDialog() {}

    static void show(Window owner, ResourceBundle messages, MainViewModel vm) {
        ImportResult result = vm.lastImportProperty().get();
        if (result == null) {
            return;
        }
        TableView<RejectedRow> table = new TableView<>(FXCollections.observableArrayList(result.rejected()));
        TableColumn<RejectedRow, Number> row = new TableColumn<>(messages.getString("rejected.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        TableColumn<RejectedRow, String> text = new TableColumn<>(messages.getString("rejected.text"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        TableColumn<RejectedRow, String> reason = new TableColumn<>(messages.getString("rejected.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(380);
        row.setPrefWidth(70);
        row.setMinWidth(60);
        text.setPrefWidth(220);
        text.setMinWidth(120);
        table.getColumns().setAll(java.util.List.of(row, text, reason));
        table.setPrefSize(700, 340);

        ButtonType export = new ButtonType(messages.getString("rejected.export"), ButtonBar.ButtonData.LEFT);
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, "", export, ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("rejected.title"));
        dialog.setHeaderText(MessageFormat.format(
                messages.getString("rejected.header"), result.rejected().size(), result.source()));
        dialog.getDialogPane().setContent(table);
        dialog.setResizable(true);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the list stays open beside the file being fixed
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.getString("rejected.export"));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(messages.getString("report.csv"), "*.csv"));
            chooser.setInitialFileName("rejected-rows.csv");
            File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                vm.exportRejectedRows(result, file.toPath());
            }
        });
        Dialogs.fitContent(dialog).show();
    }
}
