package com.ixsweep.ui;

import com.ixsweep.viewmodel.ConnectionState;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.SettingsViewModel;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the parts of the main window share: the view models, the words of one language, the keyboard shortcuts and
 * the listeners to remove when the window is rebuilt. FX thread only.
 */
final class ViewContext {

    final MainViewModel vm;
    final HistoryViewModel history;
    final SettingsViewModel settings;
    final ResourceBundle messages;
    /** Keyboard shortcuts of the main acts; each fires its button, so it obeys the button's enabled state. */
    private final Map<KeyCombination, Button> shortcuts = new LinkedHashMap<>();
    /** Listeners put on the long-lived view models, removed by {@link #dispose()}. */
    private final List<Runnable> disposers = new ArrayList<>();

    ViewContext(MainViewModel vm, HistoryViewModel history, SettingsViewModel settings, ResourceBundle messages) {
        this.vm = vm;
        this.history = history;
        this.settings = settings;
        this.messages = messages;
    }

    String text(String key, Object... args) {
        String pattern = messages.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /** A toolbar button with its words, accessible name and tooltip from the bundle ({@code key}, {@code key.tip}). */
    Button button(String id, String key, String icon) {
        Button b = new Button(text(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(text(key));
        b.setTooltip(new Tooltip(text(key + ".tip")));
        return b;
    }

    /** Gives a button a shortcut, named in its tooltip. */
    void shortcut(Button button, KeyCombination keys) {
        shortcuts.put(keys, button);
        Tooltip tip = button.getTooltip();
        if (tip != null) {
            tip.setText(tip.getText() + " (" + keys.getDisplayText() + ")");
        }
    }

    void installShortcuts(Scene scene) {
        shortcuts.forEach((keys, button) -> scene.getAccelerators().put(keys, () -> {
            if (!button.isDisabled() && button.isVisible()) {
                button.fire();
            }
        }));
    }

    void onDispose(Runnable removeListener) {
        disposers.add(removeListener);
    }

    void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    /** The window an event happened in, to own the dialog it opens. */
    static Window windowOf(Event e) {
        return ((Node) e.getSource()).getScene().getWindow();
    }

    static boolean isConnected(ConnectionState state) {
        return state == ConnectionState.CONNECTED || state == ConnectionState.DEMO;
    }

    /** Keeps a control at its natural width: labels and buttons must not be cut to "Gr...". */
    static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
