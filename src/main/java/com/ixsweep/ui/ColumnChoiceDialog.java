package com.ixsweep.ui;

import com.ixsweep.importer.ColumnCandidate;
import com.ixsweep.importer.ImportResult;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/**
 * Asks which column holds the profile IDs when an input has more than one plausible column: each candidate with how
 * many of its first cells are valid IDs, the importer's guess preselected.
 */
final class ColumnChoiceDialog {

    private ColumnChoiceDialog() {}

    /** The chosen column's index, or empty when the operator chose not to import this input. */
    static Optional<Integer> ask(Window owner, ResourceBundle messages, ImportResult guess) {
        ListView<ColumnCandidate> list = new ListView<>();
        list.setId(NodeIds.COLUMN_LIST);
        list.getItems().setAll(guess.candidates());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ColumnCandidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                        empty || c == null
                                ? null
                                : MessageFormat.format(
                                        messages.getString("column.candidate"),
                                        ColumnCandidate.letters(c.index()),
                                        c.label(),
                                        c.idsInSample(),
                                        c.cellsInSample()));
            }
        });
        guess.candidates().stream()
                .filter(c -> c.index() == guess.columnIndex())
                .findFirst()
                .ifPresent(c -> list.getSelectionModel().select(c));
        list.setPrefHeight(Math.min(260, 34 * guess.candidates().size() + 10));

        ButtonType use = new ButtonType(messages.getString("column.use"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(messages.getString("column.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("column.title"));
        dialog.setHeaderText(MessageFormat.format(messages.getString("column.header"), guess.source()));
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().setAll(use, skip);
        dialog.getDialogPane().lookupButton(use).setId(NodeIds.COLUMN_USE);
        dialog.getDialogPane()
                .lookupButton(use)
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        Optional<ButtonType> answer = Dialogs.fitContent(dialog).showAndWait();
        return answer.isPresent() && answer.get() == use
                ? Optional.of(list.getSelectionModel().getSelectedItem().index())
                : Optional.empty();
    }
}
