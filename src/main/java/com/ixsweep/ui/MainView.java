package com.ixsweep.ui;

import static com.ixsweep.ui.ViewContext.fixed;

import com.ixsweep.batch.RunSummary;
import com.ixsweep.model.ClearMode;
import com.ixsweep.viewmodel.ColumnQuestion;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import com.ixsweep.viewmodel.SettingsViewModel;
import com.ixsweep.viewmodel.StatusFilter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content, built in code and bound to a {@link MainViewModel}. FX thread only. */
public final class MainView extends BorderPane {

    private final ViewContext ctx;
    private final MainViewModel vm;
    private final SettingsViewModel settings;
    private final ResourceBundle messages;

    public MainView(MainViewModel vm, HistoryViewModel history, SettingsViewModel settings, ResourceBundle messages) {
        this.ctx = new ViewContext(vm, history, settings, messages);
        this.vm = vm;
        this.settings = settings;
        this.messages = messages;
        getStyleClass().add("main-view");
        VBox top = new VBox(toolbar());
        top.getChildren().addAll(new Banners(ctx).all());
        top.getChildren().addAll(inputStrip(), filterStrip());
        setTop(top);
        setCenter(new ProfileTable(ctx).build());
        SummaryBar summary = new SummaryBar(ctx);
        setBottom(new VBox(summary.build(), new StatusBar(ctx).build()));
        ListChangeListener<ColumnQuestion> questions = c -> askNextColumn();
        vm.getColumnQuestions().addListener(questions);
        ctx.onDispose(() -> vm.getColumnQuestions().removeListener(questions));
        javafx.beans.value.ChangeListener<RunSummary> runEnded = (obs, old, run) -> {
            if (run != null && !vm.reopenedProperty().get()) {
                RunNotification.showIfInBackground(this, messages, summary.summaryText());
            }
        };
        vm.lastSummaryProperty().addListener(runEnded);
        ctx.onDispose(() -> vm.lastSummaryProperty().removeListener(runEnded));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                ctx.installShortcuts(scene);
            }
        });
    }

    /** Detaches this view from the view models, which outlive it (a new language builds a new view). */
    public void dispose() {
        ctx.dispose();
    }

    // ---- top ---------------------------------------------------------------------------------------------------

    private ToolBar toolbar() {
        Button load = ctx.button(NodeIds.LOAD, "action.load", "mdi2c-cloud-download");
        load.setOnAction(e -> vm.loadProfiles());
        ctx.shortcut(load, new KeyCodeCombination(KeyCode.F5));
        load.disableProperty()
                .bind(vm.loadingProperty()
                        .or(vm.runningProperty())
                        .or(Bindings.createBooleanBinding(
                                () -> !ViewContext.isConnected(
                                        vm.connectionStateProperty().get()),
                                vm.connectionStateProperty())));

        Button importButton = ctx.button(NodeIds.IMPORT, "action.import", "mdi2f-file-import");
        importButton.setOnAction(e -> chooseFiles());
        ctx.shortcut(importButton, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));

        Button clearCache = ctx.button(NodeIds.CLEAR_CACHE, "action.clearCache", "mdi2b-broom");
        clearCache.textProperty().bind(targetText("action.clearCache"));
        clearCache.disableProperty().bind(vm.canClearProperty().not());
        clearCache.setOnAction(e -> confirmAndClear(ClearMode.CACHE));
        ctx.shortcut(
                clearCache, new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

        Button clearCookies = ctx.button(NodeIds.CLEAR_COOKIES, "action.clearCookies", "mdi2c-cookie-remove");
        clearCookies.textProperty().bind(targetText("action.clearCookies"));
        clearCookies.disableProperty().bind(vm.canClearProperty().not());
        clearCookies.getGraphic().getStyleClass().add("danger-icon");
        clearCookies.setOnAction(e -> confirmAndClear(ClearMode.CACHE_AND_COOKIES));
        ctx.shortcut(
                clearCookies,
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

        MenuItem keepExtensions =
                new MenuItem(ctx.text("action.clearKeepExtensions"), new FontIcon("mdi2p-puzzle-check-outline"));
        keepExtensions.setId(NodeIds.KEEP_EXTENSIONS);
        keepExtensions.disableProperty().bind(vm.canClearProperty().not());
        keepExtensions.setOnAction(e -> confirmAndClear(ClearMode.CACHE_KEEP_EXTENSIONS));
        MenuButton more = new MenuButton("", new FontIcon("mdi2d-dots-horizontal"), keepExtensions);
        more.setId(NodeIds.MORE);
        more.setAccessibleText(ctx.text("action.more"));
        more.setTooltip(new Tooltip(ctx.text("action.more")));

        Button cancel = ctx.button(NodeIds.CANCEL, "action.cancel", "mdi2s-stop-circle-outline");
        cancel.disableProperty()
                .bind(vm.runningProperty().or(vm.loadingProperty()).not().or(vm.stoppingProperty()));
        cancel.setOnAction(e -> vm.stop());
        ctx.shortcut(cancel, new KeyCodeCombination(KeyCode.ESCAPE));

        Button historyButton = ctx.button(NodeIds.HISTORY, "action.history", "mdi2h-history");
        historyButton.setOnAction(e -> HistoryDialog.show(getScene().getWindow(), messages, ctx.history));
        ctx.shortcut(historyButton, new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));

        Button settingsButton = ctx.button(NodeIds.SETTINGS, "action.settings", "mdi2c-cog-outline");
        settingsButton.setText(""); // a gear is understood anywhere, and the toolbar is full of long acts
        settingsButton.setOnAction(e -> SettingsDialog.show(getScene().getWindow(), messages, settings));
        ctx.shortcut(settingsButton, new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));

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

    private javafx.beans.binding.StringBinding targetText(String key) {
        return Bindings.createStringBinding(
                () -> vm.selectedCountProperty().get() > 0
                        ? ctx.text(key + ".selected", vm.selectedCountProperty().get())
                        : ctx.text(key + ".all", vm.getRows().size()),
                vm.selectedCountProperty(),
                vm.getRows());
    }

    private Node inputStrip() {
        TextArea paste = new TextArea();
        paste.setId(NodeIds.PASTE_AREA);
        paste.setPromptText(ctx.text("input.pastePrompt"));
        paste.setPrefRowCount(2);
        paste.setPrefColumnCount(30);
        paste.setAccessibleText(ctx.text("input.pastePrompt"));
        Button add = new Button(ctx.text("input.add"), new FontIcon("mdi2c-content-paste"));
        add.setId(NodeIds.ADD_IDS);
        add.disableProperty().bind(paste.textProperty().isEmpty().or(vm.runningProperty()));
        add.setOnAction(e -> {
            vm.addIdsFromText(paste.getText());
            paste.clear();
        });

        TextField search = new TextField();
        search.setId(NodeIds.SEARCH);
        search.setPromptText(ctx.text("input.searchPrompt"));
        search.setAccessibleText(ctx.text("input.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        search.setTooltip(new Tooltip(ctx.text("input.searchPrompt") + " (" + find.getDisplayText() + ")"));
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
                return f == null ? "" : ctx.text("filter.status." + f.name());
            }

            @Override
            public StatusFilter fromString(String string) {
                return null;
            }
        });
        status.setAccessibleText(ctx.text("filter.status"));
        ComboBox<String> group = choiceFilter("filter.group", vm.getGroupNames(), vm.groupFilterProperty());
        ComboBox<String> tag = choiceFilter("filter.tag", vm.getTagNames(), vm.tagFilterProperty());
        CheckBox openOnly = new CheckBox(ctx.text("filter.openOnly"));
        openOnly.selectedProperty().bindBidirectional(vm.openOnlyProperty());

        Button all = smallButton("select.all", e -> vm.selectAllShown());
        Button none = smallButton("select.none", e -> vm.selectNone());
        Button invert = smallButton("select.invert", e -> vm.invertShown());
        Label shown = new Label();
        shown.setId(NodeIds.SHOWN);
        shown.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> ctx.text(
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
                fixed(new Label(ctx.text("filter.status"))),
                status,
                fixed(new Label(ctx.text("filter.group"))),
                group,
                fixed(new Label(ctx.text("filter.tag"))),
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
        String any = ctx.text(key + ".any");
        ObservableList<String> items = FXCollections.observableArrayList(any);
        items.addAll(names);
        ListChangeListener<String> follow = c -> {
            items.setAll(any);
            items.addAll(names);
        };
        names.addListener(follow);
        ctx.onDispose(() -> names.removeListener(follow));
        ComboBox<String> box = new ComboBox<>(items);
        box.setValue(value.get() == null || value.get().isEmpty() ? any : value.get());
        box.setAccessibleText(ctx.text(key));
        box.valueProperty().addListener((obs, old, v) -> value.set(v == null || v.equals(any) ? "" : v));
        return box;
    }

    private Button smallButton(String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(ctx.text(key));
        b.getStyleClass().add("small");
        b.setOnAction(action);
        return b;
    }

    // ---- table -------------------------------------------------------------------------------------------------

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("import.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(ctx.text("import.filter"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                        new FileChooser.ExtensionFilter(ctx.text("import.all"), "*.*"));
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

}
