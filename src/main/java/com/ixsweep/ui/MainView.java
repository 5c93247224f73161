package com.ixsweep.ui;

import com.ixsweep.batch.RunSummary;
import com.ixsweep.importer.ImportResult;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import com.ixsweep.viewmodel.ColumnQuestion;
import com.ixsweep.viewmodel.ConnectionState;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.PastRun;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import com.ixsweep.viewmodel.SettingsViewModel;
import com.ixsweep.viewmodel.StatusFilter;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content, built in code and bound to a {@link MainViewModel}. FX thread only. */
public final class MainView extends BorderPane {

    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter LAST_OPENED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final MainViewModel vm;
    private final HistoryViewModel history;
    private final SettingsViewModel settings;
    private final ResourceBundle messages;
    private final TableView<ProfileRowViewModel> table = new TableView<>();
    /** Keyboard shortcuts of the main acts; each fires its button, so it obeys the button's enabled state. */
    private final java.util.Map<KeyCombination, Button> shortcuts = new java.util.LinkedHashMap<>();
    /** Listeners this view put on the long-lived view models, removed by {@link #dispose()}. */
    private final List<Runnable> disposers = new ArrayList<>();

    public MainView(MainViewModel vm, HistoryViewModel history, SettingsViewModel settings, ResourceBundle messages) {
        this.vm = vm;
        this.history = history;
        this.settings = settings;
        this.messages = messages;
        getStyleClass().add("main-view");
        setTop(new VBox(
                toolbar(),
                connectionBanner(),
                demoBanner(),
                noticeBanner(),
                interruptedBanner(),
                infoBanner(),
                importBanner(),
                inputStrip(),
                filterStrip()));
        setCenter(tableArea());
        setBottom(new VBox(summaryBar(), statusBar()));
        ListChangeListener<ColumnQuestion> questions = c -> askNextColumn();
        vm.getColumnQuestions().addListener(questions);
        disposers.add(() -> vm.getColumnQuestions().removeListener(questions));
        javafx.beans.value.ChangeListener<RunSummary> runEnded = (obs, old, summary) -> {
            if (summary != null && !vm.reopenedProperty().get()) {
                RunNotification.showIfInBackground(this, messages, summaryText());
            }
        };
        vm.lastSummaryProperty().addListener(runEnded);
        disposers.add(() -> vm.lastSummaryProperty().removeListener(runEnded));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                shortcuts.forEach((keys, button) -> scene.getAccelerators().put(keys, () -> {
                    if (!button.isDisabled() && button.isVisible()) {
                        button.fire();
                    }
                }));
            }
        });
    }

    /** Gives a button a shortcut, named in its tooltip. */
    private void shortcut(Button button, KeyCombination keys) {
        shortcuts.put(keys, button);
        Tooltip tip = button.getTooltip();
        if (tip != null) {
            tip.setText(tip.getText() + " (" + keys.getDisplayText() + ")");
        }
    }

    /** Detaches this view from the view models, which outlive it (a new language builds a new view). */
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    private String text(String key, Object... args) {
        String pattern = messages.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    // ---- top ---------------------------------------------------------------------------------------------------

    private ToolBar toolbar() {
        Button load = button(NodeIds.LOAD, "action.load", "mdi2c-cloud-download");
        load.setOnAction(e -> vm.loadProfiles());
        shortcut(load, new KeyCodeCombination(KeyCode.F5));
        load.disableProperty()
                .bind(vm.loadingProperty()
                        .or(vm.runningProperty())
                        .or(Bindings.createBooleanBinding(
                                () -> !isConnected(vm.connectionStateProperty().get()), vm.connectionStateProperty())));

        Button importButton = button(NodeIds.IMPORT, "action.import", "mdi2f-file-import");
        importButton.setOnAction(e -> chooseFiles());
        shortcut(importButton, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));

        Button clearCache = button(NodeIds.CLEAR_CACHE, "action.clearCache", "mdi2b-broom");
        clearCache.textProperty().bind(targetText("action.clearCache"));
        clearCache.disableProperty().bind(vm.canClearProperty().not());
        clearCache.setOnAction(e -> confirmAndClear(ClearMode.CACHE));
        shortcut(
                clearCache, new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

        Button clearCookies = button(NodeIds.CLEAR_COOKIES, "action.clearCookies", "mdi2c-cookie-remove");
        clearCookies.textProperty().bind(targetText("action.clearCookies"));
        clearCookies.disableProperty().bind(vm.canClearProperty().not());
        clearCookies.getGraphic().getStyleClass().add("danger-icon");
        clearCookies.setOnAction(e -> confirmAndClear(ClearMode.CACHE_AND_COOKIES));
        shortcut(
                clearCookies,
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

        MenuItem keepExtensions =
                new MenuItem(text("action.clearKeepExtensions"), new FontIcon("mdi2p-puzzle-check-outline"));
        keepExtensions.setId(NodeIds.KEEP_EXTENSIONS);
        keepExtensions.disableProperty().bind(vm.canClearProperty().not());
        keepExtensions.setOnAction(e -> confirmAndClear(ClearMode.CACHE_KEEP_EXTENSIONS));
        MenuButton more = new MenuButton("", new FontIcon("mdi2d-dots-horizontal"), keepExtensions);
        more.setId(NodeIds.MORE);
        more.setAccessibleText(text("action.more"));
        more.setTooltip(new Tooltip(text("action.more")));

        Button cancel = button(NodeIds.CANCEL, "action.cancel", "mdi2s-stop-circle-outline");
        cancel.disableProperty()
                .bind(vm.runningProperty().or(vm.loadingProperty()).not().or(vm.stoppingProperty()));
        cancel.setOnAction(e -> vm.stop());
        shortcut(cancel, new KeyCodeCombination(KeyCode.ESCAPE));

        Button historyButton = button(NodeIds.HISTORY, "action.history", "mdi2h-history");
        historyButton.setOnAction(e -> HistoryDialog.show(getScene().getWindow(), messages, history));
        shortcut(historyButton, new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));

        Button settingsButton = button(NodeIds.SETTINGS, "action.settings", "mdi2c-cog-outline");
        settingsButton.setText(""); // a gear is understood anywhere, and the toolbar is full of long acts
        settingsButton.setOnAction(e -> SettingsDialog.show(getScene().getWindow(), messages, settings));
        shortcut(settingsButton, new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(
                load,
                importButton,
                new Separator(),
                clearCache,
                clearCookies,
                more,
                cancel,
                spacer,
                historyButton,
                settingsButton);
    }

    private static boolean isConnected(ConnectionState state) {
        return state == ConnectionState.CONNECTED || state == ConnectionState.DEMO;
    }

    private javafx.beans.binding.StringBinding targetText(String key) {
        return Bindings.createStringBinding(
                () -> vm.selectedCountProperty().get() > 0
                        ? text(key + ".selected", vm.selectedCountProperty().get())
                        : text(key + ".all", vm.getRows().size()),
                vm.selectedCountProperty(),
                vm.getRows());
    }

    private Button button(String id, String key, String icon) {
        Button b = new Button(text(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(text(key));
        b.setTooltip(new Tooltip(text(key + ".tip")));
        return b;
    }

    private Node connectionBanner() {
        Label message = new Label();
        message.setId(NodeIds.CONNECTION_ADVICE);
        // the advice in the window's language; the client's own words (with the URL and cause) in the tooltip
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            var problem = vm.connectionProblemProperty().get();
                            return problem == null || problem == com.ixsweep.api.ConnectionCheck.Status.OTHER_ERROR
                                    ? vm.connectionMessageProperty().get()
                                    : text("check." + problem.name());
                        },
                        vm.connectionProblemProperty(),
                        vm.connectionMessageProperty()));
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(vm.connectionMessageProperty());
        message.setTooltip(detail);
        message.setWrapText(true);
        Button demo = new Button(text("connection.tryDemo"), new FontIcon("mdi2p-play-circle-outline"));
        demo.setId(NodeIds.TRY_DEMO);
        demo.getStyleClass().add("accent");
        demo.setOnAction(e -> vm.startDemo());
        Button retry = new Button(text("connection.retry"), new FontIcon("mdi2r-refresh"));
        retry.setId(NodeIds.RETRY_CONNECT);
        retry.setOnAction(e -> vm.connect(vm.apiUrlProperty().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2l-lan-disconnect"), message, spacer, fixed(retry), fixed(demo));
        banner.getStyleClass().addAll("banner", "banner-warning");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(
                banner,
                Bindings.createBooleanBinding(
                        () -> vm.connectionStateProperty().get() == ConnectionState.NOT_REACHABLE
                                || vm.connectionStateProperty().get() == ConnectionState.PROBLEM,
                        vm.connectionStateProperty()));
        return banner;
    }

    private Node demoBanner() {
        Label label = new Label(text("demo.banner"));
        label.setId(NodeIds.DEMO_BANNER);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox banner = new HBox(label);
        HBox.setHgrow(label, Priority.ALWAYS);
        banner.getStyleClass().addAll("banner", "banner-demo");
        showWhen(banner, vm.connectionStateProperty().isEqualTo(ConnectionState.DEMO));
        return banner;
    }

    private Node noticeBanner() {
        Label label = new Label();
        label.setId(NodeIds.NOTICE);
        label.setWrapText(true);
        label.textProperty().bind(vm.noticeProperty());
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.noticeProperty().set(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2a-alert-circle-outline"), label, spacer, close);
        banner.getStyleClass().addAll("banner", "banner-danger");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, vm.noticeProperty().isNotEmpty());
        return banner;
    }

    private Node infoBanner() {
        Label label = new Label();
        label.setId(NodeIds.INFO);
        label.setWrapText(true);
        label.textProperty().bind(vm.infoProperty());
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.infoProperty().set(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2i-information-outline"), label, spacer, close);
        banner.getStyleClass().addAll("banner", "banner-info");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, vm.infoProperty().isNotEmpty());
        return banner;
    }

    /** After a crash or kill in the middle of a run: says so at the next start and offers to reopen that run. */
    private Node interruptedBanner() {
        Label label = new Label();
        label.setId(NodeIds.INTERRUPTED);
        label.setWrapText(true);
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            PastRun run = history.interruptedProperty().get();
                            return run == null
                                    ? ""
                                    : text(
                                            "interrupted.line",
                                            RUN_TIME.format(run.started()),
                                            run.profiles(),
                                            run.retryable());
                        },
                        history.interruptedProperty()));
        Button open = new Button(text("interrupted.open"), new FontIcon("mdi2t-table-arrow-left"));
        open.setId(NodeIds.OPEN_INTERRUPTED);
        open.disableProperty().bind(vm.runningProperty());
        open.setOnAction(e -> history.open(history.interruptedProperty().get()));
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> history.dismissInterrupted());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2a-alert-outline"), label, spacer, fixed(open), close);
        banner.getStyleClass().addAll("banner", "banner-warning");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, history.interruptedProperty().isNotNull());
        return banner;
    }

    private Node inputStrip() {
        TextArea paste = new TextArea();
        paste.setId(NodeIds.PASTE_AREA);
        paste.setPromptText(text("input.pastePrompt"));
        paste.setPrefRowCount(2);
        paste.setPrefColumnCount(30);
        paste.setAccessibleText(text("input.pastePrompt"));
        Button add = new Button(text("input.add"), new FontIcon("mdi2c-content-paste"));
        add.setId(NodeIds.ADD_IDS);
        add.disableProperty().bind(paste.textProperty().isEmpty().or(vm.runningProperty()));
        add.setOnAction(e -> {
            vm.addIdsFromText(paste.getText());
            paste.clear();
        });

        TextField search = new TextField();
        search.setId(NodeIds.SEARCH);
        search.setPromptText(text("input.searchPrompt"));
        search.setAccessibleText(text("input.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        search.setTooltip(new Tooltip(text("input.searchPrompt") + " (" + find.getDisplayText() + ")"));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(find, search::requestFocus);
            }
        });
        HBox searchBox = new HBox(6, new FontIcon("mdi2m-magnify"), search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox.setHgrow(searchBox, Priority.ALWAYS);

        HBox strip = new HBox(10, paste, add, new Separator(javafx.geometry.Orientation.VERTICAL), searchBox);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(8, 10, 8, 10));
        strip.getStyleClass().add("input-strip");
        return strip;
    }

    private Node filterStrip() {
        ComboBox<StatusFilter> status = new ComboBox<>(FXCollections.observableArrayList(StatusFilter.values()));
        status.setId(NodeIds.STATUS_FILTER);
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusFilter f) {
                return f == null ? "" : text("filter.status." + f.name());
            }

            @Override
            public StatusFilter fromString(String string) {
                return null;
            }
        });
        status.setAccessibleText(text("filter.status"));
        ComboBox<String> group = choiceFilter("filter.group", vm.getGroupNames(), vm.groupFilterProperty());
        ComboBox<String> tag = choiceFilter("filter.tag", vm.getTagNames(), vm.tagFilterProperty());
        CheckBox openOnly = new CheckBox(text("filter.openOnly"));
        openOnly.selectedProperty().bindBidirectional(vm.openOnlyProperty());

        Button all = smallButton("select.all", e -> vm.selectAllShown());
        Button none = smallButton("select.none", e -> vm.selectNone());
        Button invert = smallButton("select.invert", e -> vm.invertShown());
        Label shown = new Label();
        shown.setId(NodeIds.SHOWN);
        shown.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> text(
                                "table.shown",
                                vm.getShownRows().size(),
                                vm.getRows().size(),
                                vm.selectedCountProperty().get()),
                        vm.getShownRows(),
                        vm.getRows(),
                        vm.selectedCountProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        status.setPrefWidth(190);
        group.setPrefWidth(130);
        tag.setPrefWidth(120);
        HBox strip = new HBox(
                8,
                fixed(new Label(text("filter.status"))),
                status,
                fixed(new Label(text("filter.group"))),
                group,
                fixed(new Label(text("filter.tag"))),
                tag,
                fixed(openOnly),
                spacer,
                fixed(shown),
                fixed(all),
                fixed(none),
                fixed(invert));
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(4, 10, 4, 10));
        strip.getStyleClass().add("filter-strip");
        return strip;
    }

    /** A filter combo whose first entry, "all", stands for the empty filter value. */
    private ComboBox<String> choiceFilter(
            String key, ObservableList<String> names, javafx.beans.property.StringProperty value) {
        String any = text(key + ".any");
        ObservableList<String> items = FXCollections.observableArrayList(any);
        items.addAll(names);
        ListChangeListener<String> follow = c -> {
            items.setAll(any);
            items.addAll(names);
        };
        names.addListener(follow);
        disposers.add(() -> names.removeListener(follow));
        ComboBox<String> box = new ComboBox<>(items);
        box.setValue(value.get() == null || value.get().isEmpty() ? any : value.get());
        box.setAccessibleText(text(key));
        box.valueProperty().addListener((obs, old, v) -> value.set(v == null || v.equals(any) ? "" : v));
        return box;
    }

    private Button smallButton(String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text(key));
        b.getStyleClass().add("small");
        b.setOnAction(action);
        return b;
    }

    // ---- table -------------------------------------------------------------------------------------------------

    private Node tableArea() {
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
        Label placeholder = new Label(text("table.empty"));
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
        TableColumn<ProfileRowViewModel, Long> c = new TableColumn<>(text("column.id"));
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
        TableColumn<ProfileRowViewModel, String> c = new TableColumn<>(text(key));
        c.setCellValueFactory(value);
        c.setPrefWidth(width);
        if (key.equals("column.name")) {
            c.setCellFactory(col -> new NameCell(text("table.unknownName")));
        }
        return c;
    }

    private TableColumn<ProfileRowViewModel, Number> lastOpenedColumn() {
        TableColumn<ProfileRowViewModel, Number> c = new TableColumn<>(text("column.lastOpened"));
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
        TableColumn<ProfileRowViewModel, RowState> c = new TableColumn<>(text("column.status"));
        c.setCellValueFactory(r -> r.getValue().stateProperty());
        c.setCellFactory(col -> new StatusBadgeCell(messages));
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

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("import.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(text("import.filter"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                        new FileChooser.ExtensionFilter(text("import.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            List<Path> paths = files.stream().map(File::toPath).toList();
            vm.importFiles(paths);
        }
    }

    /** One column question at a time; the next is asked once this one is answered. */
    private boolean askingColumn;

    private void askNextColumn() {
        if (askingColumn || vm.getColumnQuestions().isEmpty() || getScene() == null) {
            return;
        }
        ColumnQuestion question = vm.getColumnQuestions().get(0);
        askingColumn = true;
        // Not inside the list's change notification: showAndWait there would nest the event loop mid-change.
        javafx.application.Platform.runLater(() -> {
            int column = ColumnChoiceDialog.ask(getScene().getWindow(), messages, question.guess())
                    .orElse(-1);
            askingColumn = false;
            vm.answerColumn(question, column);
            askNextColumn();
        });
    }

    // ---- clearing ----------------------------------------------------------------------------------------------

    private void confirmAndClear(ClearMode mode) {
        List<ProfileRowViewModel> targets = vm.targets();
        if (!targets.isEmpty()) {
            ConfirmClearDialog.confirm(
                            getScene().getWindow(),
                            messages,
                            mode,
                            targets,
                            vm.openPolicyProperty().get())
                    .ifPresent(choice -> vm.clear(mode, choice.openPolicy(), choice.dryRun()));
        }
    }

    // ---- bottom ------------------------------------------------------------------------------------------------

    private Node summaryBar() {
        Label summary = new Label();
        summary.setId(NodeIds.SUMMARY);
        summary.textProperty()
                .bind(Bindings.createStringBinding(this::summaryText, vm.lastSummaryProperty(), vm.reopenedProperty()));
        Button retry = new Button(text("summary.retryFailed"), new FontIcon("mdi2r-refresh"));
        retry.setId(NodeIds.RETRY_FAILED);
        retry.setOnAction(e -> vm.retryFailed());
        retry.disableProperty()
                .bind(vm.runningProperty()
                        .or(vm.runModeProperty().isNull())
                        .or(vm.getCounts().retryableProperty().isEqualTo(0)));
        Button showFailed = new Button(text("summary.showFailed"));
        showFailed.setOnAction(e -> vm.showNotCleared());
        Button export = new Button(text("summary.export"), new FontIcon("mdi2f-file-export"));
        export.setId(NodeIds.EXPORT);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> ReportFiles.chooseTarget(getScene().getWindow(), messages, LocalDateTime.now())
                .ifPresent(vm::exportReport));
        export.setTooltip(new Tooltip(text("summary.export")));
        shortcut(export, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(
                10,
                new FontIcon("mdi2c-check-circle-outline"),
                summary,
                spacer,
                fixed(showFailed),
                fixed(retry),
                fixed(export));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("banner", "banner-summary");
        showWhen(bar, vm.lastSummaryProperty().isNotNull());
        return bar;
    }

    private String summaryText() {
        RunSummary s = vm.lastSummaryProperty().get();
        if (s == null) {
            return "";
        }
        if (s.dryRun()) {
            String others = List.of(RowStatus.SKIPPED_OPEN, RowStatus.NOT_FOUND).stream()
                    .filter(st -> s.count(st) > 0)
                    .map(st -> text("status." + st.name()).toLowerCase() + " " + s.count(st))
                    .collect(Collectors.joining(" · "));
            return text("summary.dryRun", s.total(), s.wouldClear(), others.isEmpty() ? "" : " · " + others);
        }
        String counts = countsText(
                s.count(RowStatus.CLEARED),
                List.of(
                                RowStatus.SKIPPED_OPEN,
                                RowStatus.NOT_FOUND,
                                RowStatus.FAILED,
                                RowStatus.NOT_CONFIRMED,
                                RowStatus.NOT_ATTEMPTED)
                        .stream()
                        .filter(st -> s.count(st) > 0)
                        .map(st -> text("status." + st.name()).toLowerCase() + " " + s.count(st))
                        .collect(Collectors.joining(" · ")));
        if (vm.reopenedProperty().get()) {
            return text("summary.reopened", s.total(), counts);
        }
        String line = text("summary.line", s.total(), counts, s.duration().toMillis() / 1000.0, s.requests());
        return s.stopReason().isEmpty() ? line : line + " — " + s.stopReason();
    }

    private String countsText(int cleared, String others) {
        return others.isEmpty() ? text("summary.cleared", cleared) : text("summary.cleared", cleared) + " · " + others;
    }

    private Node statusBar() {
        Label connection = new Label();
        connection.setId(NodeIds.CONNECTION);
        connection
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> text(
                                "connection."
                                        + vm.connectionStateProperty().get().name(),
                                vm.apiUrlProperty().get()),
                        vm.connectionStateProperty(),
                        vm.apiUrlProperty()));
        connection
                .graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new FontIcon(
                                isConnected(vm.connectionStateProperty().get())
                                        ? "mdi2l-lan-connect"
                                        : "mdi2l-lan-disconnect"),
                        vm.connectionStateProperty()));

        ProgressBar progress = new ProgressBar(0);
        progress.setId(NodeIds.PROGRESS);
        progress.setPrefWidth(200);
        progress.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        this::progressFraction,
                        vm.runFinishedProperty(),
                        vm.runTotalProperty(),
                        vm.loadingProperty(),
                        vm.loadedCountProperty(),
                        vm.loadTotalProperty()));
        progress.visibleProperty().bind(vm.runTotalProperty().greaterThan(0).or(vm.loadingProperty()));

        Label counts = new Label();
        counts.setId(NodeIds.COUNTS);
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        this::progressText,
                        vm.runFinishedProperty(),
                        vm.runTotalProperty(),
                        vm.etaSecondsProperty(),
                        vm.getCounts().property(RowStatus.CLEARED),
                        vm.getCounts().property(RowStatus.FAILED),
                        vm.getCounts().property(RowStatus.NOT_FOUND),
                        vm.getCounts().property(RowStatus.SKIPPED_OPEN),
                        vm.runningProperty(),
                        vm.stoppingProperty(),
                        vm.loadingProperty(),
                        vm.loadedCountProperty(),
                        vm.loadTotalProperty()));

        Button test = new Button(text("action.testConnection"));
        test.setId(NodeIds.TEST_CONNECTION);
        test.getStyleClass().addAll("small", "flat");
        test.setTooltip(new Tooltip(text("action.testConnection.tip")));
        test.setOnAction(e -> vm.connect(vm.apiUrlProperty().get()));
        test.disableProperty()
                .bind(vm.runningProperty()
                        .or(vm.loadingProperty())
                        .or(vm.connectionStateProperty().isEqualTo(ConnectionState.CHECKING)));
        showWhen(test, vm.connectionStateProperty().isNotEqualTo(ConnectionState.DEMO));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, connection, test, spacer, counts, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The profile list's loading while it runs, else the run's progress; -1 (indeterminate) without a total. */
    private double progressFraction() {
        if (vm.loadingProperty().get()) {
            long total = vm.loadTotalProperty().get();
            return total <= 0
                    ? ProgressBar.INDETERMINATE_PROGRESS
                    : (double) vm.loadedCountProperty().get() / total;
        }
        int total = vm.runTotalProperty().get();
        return total == 0 ? 0 : (double) vm.runFinishedProperty().get() / total;
    }

    private String progressText() {
        if (vm.loadingProperty().get()) {
            long total = vm.loadTotalProperty().get();
            return total < 0
                    ? text("progress.loading", vm.loadedCountProperty().get())
                    : text("progress.loadingOf", vm.loadedCountProperty().get(), total);
        }
        if (vm.runTotalProperty().get() == 0) {
            return "";
        }
        String base = text(
                "progress.line",
                vm.runFinishedProperty().get(),
                vm.runTotalProperty().get(),
                vm.getCounts().get(RowStatus.CLEARED),
                vm.getCounts().get(RowStatus.NOT_FOUND),
                vm.getCounts().get(RowStatus.FAILED),
                vm.getCounts().get(RowStatus.SKIPPED_OPEN));
        if (vm.stoppingProperty().get()) {
            return base + " — " + text("progress.stopping");
        }
        long eta = vm.etaSecondsProperty().get();
        return eta >= 0 && vm.isRunning() ? base + " — " + text("progress.eta", eta) : base;
    }

    /** Keeps a control at its natural width: labels and buttons must not be cut to "Gr...". */
    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private Node importBanner() {
        Label label = new Label();
        label.setId(NodeIds.IMPORT_SUMMARY);
        label.setWrapText(true);
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.lastImportProperty().get() == null
                                ? ""
                                : importSummary(vm.lastImportProperty().get()),
                        vm.lastImportProperty()));
        Button show = new Button(text("import.showRejected"));
        show.setOnAction(e -> RejectedRowsDialog.show(getScene().getWindow(), messages, vm));
        showWhen(
                show,
                Bindings.createBooleanBinding(
                        () -> vm.lastImportProperty().get() != null
                                && !vm.lastImportProperty().get().rejected().isEmpty(),
                        vm.lastImportProperty()));
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.dismissImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2f-file-import"), label, spacer, fixed(show), close);
        banner.getStyleClass().addAll("banner", "banner-info");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, vm.lastImportProperty().isNotNull());
        return banner;
    }

    private String importSummary(ImportResult r) {
        String column = r.column().isEmpty() ? "" : text("import.column", r.column());
        return text(
                "import.summary",
                r.ids().size(),
                r.source().equals(MainViewModel.PASTED_TEXT) ? text("import.pastedText") : r.source(),
                column,
                r.duplicates(),
                r.rejected().size());
    }
}
