package com.ixsweep.ui;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells an operator who switched to another window that a run has ended: long runs are left alone, and the result
 * must not wait unseen. Nothing is shown while the window has the focus (the summary bar is right there).
 */
final class RunNotification {

    private RunNotification() {}

    static void showIfInBackground(Node anyNodeOfWindow, ResourceBundle messages, String summary) {
        if (anyNodeOfWindow.getScene() == null) {
            return;
        }
        Window window = anyNodeOfWindow.getScene().getWindow();
        if (window == null || window.isFocused()) {
            return;
        }
        Notifications.create()
                .title(messages.getString("notification.runEnded"))
                .text(summary)
                .hideAfter(Duration.seconds(15))
                .onAction(e -> {
                    if (window instanceof javafx.stage.Stage stage) {
                        stage.setIconified(false);
                        stage.toFront();
                    }
                })
                .showInformation();
    }
}
