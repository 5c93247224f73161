package com.ixsweep.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.Notices;
import com.ixsweep.viewmodel.Preferences;
import com.ixsweep.viewmodel.SettingsViewModel;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The main window's scene: the {@link MainView}, its style sheets and title, kept in the theme and language the
 * settings say. A new language rebuilds the view over the same view models, so rows, results and filters stay.
 * FX thread only.
 */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel vm;
    private final HistoryViewModel history;
    private final SettingsViewModel settings;
    private final BooleanSupplier systemPrefersDark;
    private MainView view;

    public MainWindow(
            Stage stage,
            MainViewModel vm,
            HistoryViewModel history,
            SettingsViewModel settings,
            BooleanSupplier systemPrefersDark) {
        this.stage = stage;
        this.vm = vm;
        this.history = history;
        this.settings = settings;
        this.systemPrefersDark = systemPrefersDark;
    }

    /** Puts the scene on the stage (not shown yet); later settings changes restyle or rebuild it. */
    public void install(double width, double height) {
        Preferences p = settings.getApplied();
        applyTheme(p.theme());
        view = newView(p.language());
        Scene scene = width > 0 ? new Scene(view, width, height) : new Scene(view);
        scene.getStylesheets().add(MainView.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.isRunning()) {
                e.consume();
                askToStopAndQuit();
            }
        });
        settings.appliedProperty().addListener((obs, before, now) -> {
            if (before.theme() != now.theme()) {
                applyTheme(now.theme());
            }
            if (!before.language().equals(now.language())) {
                view.dispose();
                view = newView(now.language());
                stage.getScene().setRoot(view);
            }
        });
    }

    /**
     * Closing mid-run would cut requests off in flight; instead the run is stopped (unsent rows end Not attempted,
     * the chunk in flight is answered and journaled) and the window closes when it has ended.
     */
    private void askToStopAndQuit() {
        ResourceBundle messages = Messages.forLanguage(settings.getApplied().language());
        ButtonType stop = new ButtonType(messages.getString("quit.stop"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.getString("quit.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, messages.getString("quit.body"), stop, keep);
        ask.initOwner(stage);
        ask.setTitle(messages.getString("quit.title"));
        ask.setHeaderText(messages.getString("quit.title"));
        ((Button) ask.getDialogPane().lookupButton(stop)).setId(NodeIds.QUIT_STOP);
        Dialogs.fitContent(ask).showAndWait().filter(stop::equals).ifPresent(yes -> {
            vm.runningProperty().addListener((obs, was, running) -> {
                if (!running) {
                    stage.close();
                }
            });
            vm.stop();
        });
    }

    private MainView newView(String language) {
        ResourceBundle messages = Messages.forLanguage(language);
        vm.useNotices(Notices.forLanguage(language));
        stage.setTitle(messages.getString("app.title"));
        return new MainView(vm, history, settings, messages);
    }

    private void applyTheme(Preferences.Theme theme) {
        boolean dark = theme == Preferences.Theme.DARK
                || (theme == Preferences.Theme.SYSTEM && systemPrefersDark.getAsBoolean());
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
