package com.ixsweep.ui;

import com.ixsweep.model.RowState;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The profile table: tick column, sortable columns, status badges, Space to tick, Ctrl+V to paste, file drops. */
final class ProfileTable {

    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");
    private static final DateTimeFormatter LAST_OPENED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final TableView<ProfileRowViewModel> table = new TableView<>();
    private final ViewContext ctx;
    private final MainViewModel vm;

    ProfileTable(ViewContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.vm;
    }

    Node build() {
        table.setId(NodeIds.TABLE);
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<ProfileRowViewModel> sorted = new SortedList<>(vm.getShownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns()
                .setAll(List.of(
                        checkColumn(),
                        idColumn(),
                        textColumn("column.name", 220, r -> r.getValue().nameProperty()),
                        textColumn("column.group", 120, r -> r.getValue().groupNameProperty()),
                        textColumn("column.tag", 100, r -> r.getValue().tagNameProperty()),
                        lastOpenedColumn(),
                        statusColumn()));
        Label placeholder = new Label();
        // an empty table is a place to drop files; a table emptied by the filters must say so instead
        placeholder
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.getRows().isEmpty()
                                ? ctx.text("table.empty")
                                : ctx.text("table.noMatch", vm.getRows().size()),
                        vm.getRows()));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                toggleHighlighted();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)) {
                String clip = Clipboard.getSystemClipboard().getString();
                vm.addIdsFromText(clip);
                e.consume();
            }
        });
        StackPane area = new StackPane(table);
        area.getStyleClass().add("drop-zone");
        installDropTarget(area);
        return area;
    }

    private void toggleHighlighted() {
        List<ProfileRowViewModel> highlighted =
                new ArrayList<>(table.getSelectionModel().getSelectedItems());
        boolean tick = highlighted.stream().anyMatch(r -> !r.isSelected());
        highlighted.forEach(r -> r.setSelected(tick));
    }

    private TableColumn<ProfileRowViewModel, Boolean> checkColumn() {
        TableColumn<ProfileRowViewModel, Boolean> c = new TableColumn<>();
        c.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
        c.setCellValueFactory(r -> r.getValue().selectedProperty());
        c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
        c.setEditable(true);
        c.setSortable(false);
        c.setPrefWidth(40);
        c.setMaxWidth(40);
        c.setMinWidth(40);
        return c;
    }

    private TableColumn<ProfileRowViewModel, Long> idColumn() {
        TableColumn<ProfileRowViewModel, Long> c = new TableColumn<>(ctx.text("column.id"));
        c.setCellValueFactory(
                r -> new ReadOnlyObjectWrapper<>(r.getValue().getId().value()));
        c.setPrefWidth(90);
        return c;
    }

    private TableColumn<ProfileRowViewModel, String> textColumn(
            String key,
            double width,
            javafx.util.Callback<
                            TableColumn.CellDataFeatures<ProfileRowViewModel, String>,
                            javafx.beans.value.ObservableValue<String>>
                    value) {
        TableColumn<ProfileRowViewModel, String> c = new TableColumn<>(ctx.text(key));
        c.setCellValueFactory(value);
        c.setPrefWidth(width);
        if (key.equals("column.name")) {
            c.setCellFactory(col -> new NameCell(ctx.text("table.unknownName")));
        }
        return c;
    }

    private TableColumn<ProfileRowViewModel, Number> lastOpenedColumn() {
        TableColumn<ProfileRowViewModel, Number> c = new TableColumn<>(ctx.text("column.lastOpened"));
        c.setCellValueFactory(r -> r.getValue().lastOpenedProperty());
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number seconds, boolean empty) {
                super.updateItem(seconds, empty);
                setText(
                        empty || seconds == null || seconds.longValue() <= 0
                                ? ""
                                : LAST_OPENED.format(Instant.ofEpochSecond(seconds.longValue())));
            }
        });
        c.setPrefWidth(130);
        return c;
    }

    private TableColumn<ProfileRowViewModel, RowState> statusColumn() {
        TableColumn<ProfileRowViewModel, RowState> c = new TableColumn<>(ctx.text("column.status"));
        c.setCellValueFactory(r -> r.getValue().stateProperty());
        c.setCellFactory(col -> new StatusBadgeCell(ctx.messages));
        c.setComparator((a, b) -> a.status().compareTo(b.status()));
        c.setPrefWidth(170);
        return c;
    }

    private void installDropTarget(StackPane area) {
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.isRunning()) {
                e.acceptTransferModes(TransferMode.COPY);
                area.pseudoClassStateChanged(DRAG_OVER, true);
            }
            e.consume();
        });
        area.setOnDragExited(e -> area.pseudoClassStateChanged(DRAG_OVER, false));
        area.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.importFiles(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            area.pseudoClassStateChanged(DRAG_OVER, false);
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
