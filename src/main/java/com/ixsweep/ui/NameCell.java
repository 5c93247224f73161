package com.ixsweep.ui;

import com.ixsweep.viewmodel.ProfileRowViewModel;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;

/** A profile name, or a muted "unknown name" for IDs not (yet) in ixBrowser's profile list. */
final class NameCell extends TableCell<ProfileRowViewModel, String> {

    private static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");
    private final String unknownText;

    NameCell(String unknownText) {
        this.unknownText = unknownText;
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        boolean unknown = !empty && (name == null || name.isEmpty());
        pseudoClassStateChanged(UNKNOWN, unknown);
        setText(empty ? null : unknown ? unknownText : name);
    }
}
