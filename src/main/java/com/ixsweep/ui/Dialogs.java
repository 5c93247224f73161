package com.ixsweep.ui;

import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/** What every dialog of the window needs so that no window manager shows it cut off. */
final class Dialogs {

    private Dialogs() {}

    /**
     * Never smaller than its content: some window managers open a resizable dialog at a minimum size, and a wrapping
     * label's height is known only once its width is; so the pane keeps its preferred size, and the window fits it
     * once shown.
     */
    static <T extends Dialog<?>> T fitContent(T dialog) {
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        return dialog;
    }
}
