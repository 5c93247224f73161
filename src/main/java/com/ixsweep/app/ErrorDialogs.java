package com.ixsweep.app;

import javafx.application.Platform;
import org.controlsfx.dialog.ExceptionDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The third tier of errors: anything unexpected is logged once and shown in a friendly dialog with the stack trace
 * folded in, instead of vanishing or killing the window.
 */
final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private ErrorDialogs() {}

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected error on thread {}", thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        });
    }

    private static void show(Throwable error) {
        try {
            ExceptionDialog dialog = new ExceptionDialog(error);
            dialog.setTitle("IX Sweep");
            dialog.setHeaderText("Something went wrong inside IX Sweep. Your rows and their results are kept; the "
                    + "details below are also in the log file.");
            dialog.show();
        } catch (RuntimeException dialogFailed) {
            LOG.error("Could not show the error dialog", dialogFailed);
        }
    }
}
