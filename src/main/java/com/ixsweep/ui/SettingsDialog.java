package com.ixsweep.ui;

import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.viewmodel.Preferences;
import com.ixsweep.viewmodel.SettingsProblem;
import com.ixsweep.viewmodel.SettingsViewModel;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Connection, clearing defaults, theme and language. Edits the {@link SettingsViewModel}'s fields; Save makes them
 * the preferences in force (and is disabled, with the reason shown, while they cannot be saved); Cancel discards.
 */
final class SettingsDialog {

    private static final List<String> LANGUAGES = List.of("", "en", "zh-CN");
    /** Room for a sentence of advice beside the labels: wrapped, never cut. */
    private static final double WIDE = 440;

    private SettingsDialog() {}

    static void show(Window owner, ResourceBundle messages, SettingsViewModel settings) {
        settings.edit();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("settings.title"));
        dialog.setResizable(true);

        TextField host = new TextField();
        host.setId(NodeIds.SETTINGS_HOST);
        host.textProperty().bindBidirectional(settings.hostProperty());
        TextField port = new TextField();
        port.setId(NodeIds.SETTINGS_PORT);
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(settings.portProperty());
        CheckBox allowRemote = new CheckBox(messages.getString("settings.allowRemote"));
        allowRemote.selectedProperty().bindBidirectional(settings.allowRemoteHostProperty());
        Label remoteWarning = new Label(messages.getString("settings.allowRemote.warning"));
        remoteWarning.getStyleClass().add("warning-text");
        remoteWarning.setWrapText(true);
        remoteWarning.setMaxWidth(WIDE);
        remoteWarning.setMinHeight(Region.USE_PREF_SIZE);
        remoteWarning.visibleProperty().bind(allowRemote.selectedProperty());
        remoteWarning.managedProperty().bind(allowRemote.selectedProperty());

        Button test = new Button(messages.getString("settings.test"), new FontIcon("mdi2l-lan-pending"));
        test.setId(NodeIds.SETTINGS_TEST);
        test.disableProperty()
                .bind(settings.testingProperty().or(settings.problemProperty().isNotNull()));
        test.setOnAction(e -> settings.testConnection());
        Label testResult = new Label();
        testResult.setId(NodeIds.SETTINGS_TEST_RESULT);
        testResult.setWrapText(true);
        testResult.setMaxWidth(WIDE);
        testResult.setMinHeight(Region.USE_PREF_SIZE);
        testResult
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> settings.testingProperty().get()
                                ? messages.getString("settings.testing")
                                : checkText(
                                        messages, settings.testResultProperty().get()),
                        settings.testingProperty(),
                        settings.testResultProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 8, 0, 8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.add(heading(messages, "settings.section.connection"), 0, row++, 2, 1);
        row = addRow(grid, row, messages, "settings.host", host);
        row = addRow(grid, row, messages, "settings.port", port);
        grid.add(allowRemote, 1, row++);
        grid.add(remoteWarning, 1, row++);
        row = addRow(
                grid,
                row,
                messages,
                "settings.connectTimeout",
                spinner(settings.connectTimeoutSecondsProperty(), 1, 120));
        row = addRow(
                grid,
                row,
                messages,
                "settings.responseTimeout",
                spinner(settings.responseTimeoutSecondsProperty(), 1, 600));
        test.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(test, 1, row++);
        grid.add(testResult, 1, row++);

        grid.add(heading(messages, "settings.section.clearing"), 0, row++, 2, 1);
        row = addRow(grid, row, messages, "settings.chunkSize", spinner(settings.chunkSizeProperty(), 1, 1000));
        ComboBox<OpenProfilePolicy> open = choice(
                Arrays.asList(OpenProfilePolicy.values()),
                settings.openPolicyProperty(),
                p -> messages.getString("open." + p.name()));
        row = addRow(grid, row, messages, "settings.openPolicy", open);

        grid.add(heading(messages, "settings.section.look"), 0, row++, 2, 1);
        ComboBox<Preferences.Theme> theme = choice(
                Arrays.asList(Preferences.Theme.values()),
                settings.themeProperty(),
                t -> messages.getString("settings.theme." + t.name()));
        theme.setId(NodeIds.SETTINGS_THEME);
        row = addRow(grid, row, messages, "settings.theme", theme);
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(LANGUAGES));
        language.setId(NodeIds.SETTINGS_LANGUAGE);
        language.valueProperty().bindBidirectional(settings.languageProperty());
        // each language is named in itself, so it can be found by someone who cannot read the current one
        language.setConverter(converter(tag -> switch (tag) {
            case "en" -> "English";
            case "zh-CN" -> "简体中文";
            default -> messages.getString("settings.language.system");
        }));
        addRow(grid, row, messages, "settings.language", language);

        Label problem = new Label();
        problem.setId(NodeIds.SETTINGS_PROBLEM);
        problem.getStyleClass().add("danger-text");
        problem.setWrapText(true);
        problem.setMaxWidth(WIDE + 160);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setPadding(new Insets(0, 8, 0, 8));
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> problemText(
                                messages,
                                settings.problemProperty().get(),
                                settings.hostProperty().get()),
                        settings.problemProperty(),
                        settings.hostProperty()));
        problem.visibleProperty().bind(settings.problemProperty().isNotNull());
        problem.managedProperty().bind(settings.problemProperty().isNotNull());

        ButtonType save = new ButtonType(messages.getString("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.getString("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(12, grid, problem));
        dialog.getDialogPane().setPrefWidth(640);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(NodeIds.SETTINGS_SAVE);
        saveButton.disableProperty().bind(settings.problemProperty().isNotNull());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!settings.save()) {
                e.consume();
            }
        });
        // a dialog keeps the size it opened with: grow it when advice or a problem appears, so nothing is cut
        javafx.beans.InvalidationListener fit = obs -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        testResult.textProperty().addListener(fit);
        problem.visibleProperty().addListener(fit);
        remoteWarning.visibleProperty().addListener(fit);
        Dialogs.fitContent(dialog).showAndWait();
    }

    private static String checkText(ResourceBundle messages, ConnectionCheck check) {
        if (check == null) {
            return "";
        }
        String headline = messages.getString("check." + check.status().name());
        return check.message() == null || check.message().isBlank() ? headline : headline + "\n" + check.message();
    }

    private static String problemText(ResourceBundle messages, SettingsProblem problem, String host) {
        return problem == null
                ? ""
                : MessageFormat.format(messages.getString("settings.problem." + problem.name()), host);
    }

    private static Label heading(ResourceBundle messages, String key) {
        Label label = new Label(messages.getString(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private static int addRow(GridPane grid, int row, ResourceBundle messages, String key, Node field) {
        Label label = new Label(messages.getString(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label, field);
        return row + 1;
    }

    private static Spinner<Integer> spinner(ObjectProperty<Integer> value, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get() == null ? min : value.get());
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        factory.valueProperty().bindBidirectional(value);
        return spinner;
    }

    private static <T> ComboBox<T> choice(List<T> items, ObjectProperty<T> value, Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.valueProperty().bindBidirectional(value);
        box.setConverter(converter(words));
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : words.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
