package com.ixsweep.ui;

import com.ixsweep.batch.RunJournal;
import com.ixsweep.model.RowStatus;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.PastRun;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Past runs from the journal folder: when, what, how it ended. A run can be opened into the main table (to review it
 * or resume it with Retry failed) or exported as a report.
 */
final class HistoryDialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private HistoryDialog() {}

    static void show(Window owner, ResourceBundle messages, HistoryViewModel history) {
        history.refresh();
        TableView<PastRun> table = new TableView<>(history.getRuns());
        table.setId(NodeIds.HISTORY_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(java.util.List.of(
                        textColumn(messages, "history.started", 170, r -> WHEN.format(r.started())),
                        textColumn(
                                messages,
                                "history.mode",
                                170,
                                r -> messages.getString("mode." + r.mode().name())),
                        textColumn(messages, "history.target", 190, r -> target(messages, r)),
                        numberColumn(messages, "history.profiles", PastRun::profiles),
                        numberColumn(messages, "history.cleared", r -> r.count(RowStatus.CLEARED)),
                        numberColumn(messages, "history.notCleared", PastRun::notCleared),
                        textColumn(messages, "history.ended", 300, r -> ended(messages, r))));
        Label empty = new Label();
        String none = MessageFormat.format(messages.getString("history.empty"), history.getFolder());
        // while the journals are being read, say so: "No runs yet" would be a false statement for seconds
        empty.textProperty()
                .bind(javafx.beans.binding.Bindings.when(history.loadingProperty())
                        .then(messages.getString("history.reading"))
                        .otherwise(none));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setPrefHeight(360);

        Label problem = new Label();
        problem.textProperty().bind(history.problemProperty());
        problem.getStyleClass().add("danger-text");
        problem.setWrapText(true);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("history.title"));
        dialog.setHeaderText(MessageFormat.format(messages.getString("history.header"), history.getFolder()));
        dialog.setResizable(true);

        Button open = new Button(messages.getString("history.open"), new FontIcon("mdi2t-table-arrow-left"));
        open.setId(NodeIds.HISTORY_OPEN);
        open.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            history.open(table.getSelectionModel().getSelectedItem());
            dialog.close();
        });
        Button export = new Button(messages.getString("history.export"), new FontIcon("mdi2f-file-export"));
        export.setId(NodeIds.HISTORY_EXPORT);
        export.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        export.setOnAction(e -> {
            PastRun run = table.getSelectionModel().getSelectedItem();
            ReportFiles.chooseTarget(
                            dialog.getDialogPane().getScene().getWindow(),
                            messages,
                            LocalDateTime.ofInstant(run.started(), ZoneId.systemDefault()))
                    .ifPresent(file -> history.exportReport(run, file));
        });
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<PastRun>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    history.open(row.getItem());
                    dialog.close();
                }
            });
            return row;
        });
        HBox actions = new HBox(8, open, export);
        VBox content = new VBox(10, table, actions, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefWidth(1000);
        content.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane()
                .getButtonTypes()
                .setAll(new ButtonType(messages.getString("history.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.fitContent(dialog).show();
    }

    private static String target(ResourceBundle messages, PastRun run) {
        RunJournal.Target t = run.target();
        if (t.apiUrl().isEmpty()) {
            return "";
        }
        return t.demo() ? messages.getString("history.target.demo") : t.apiUrl();
    }

    private static String ended(ResourceBundle messages, PastRun run) {
        if (run.dryRun()) {
            return messages.getString("history.dryRun");
        }
        if (!run.finished()) {
            return MessageFormat.format(messages.getString("history.interrupted"), run.retryable());
        }
        return run.retryable() == 0
                ? messages.getString("history.done")
                : MessageFormat.format(messages.getString("history.retryable"), run.retryable());
    }

    private static TableColumn<PastRun, String> textColumn(
            ResourceBundle messages, String key, double width, Function<PastRun, String> value) {
        TableColumn<PastRun, String> c = new TableColumn<>(messages.getString(key));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<PastRun, Integer> numberColumn(
            ResourceBundle messages, String key, Function<PastRun, Integer> value) {
        TableColumn<PastRun, Integer> c = new TableColumn<>(messages.getString(key));
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setPrefWidth(100);
        return c;
    }
}
