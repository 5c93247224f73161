package com.ixsweep.ui;

import com.ixsweep.model.ClearMode;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The one question before a destructive run: names the count, the mode, a sample of the profiles and, for cookies,
 * that those accounts are logged out everywhere. The confirm button says the act, not "OK".
 */
final class ConfirmClearDialog {

    private static final int SAMPLE = 5;

    private ConfirmClearDialog() {}

    static boolean confirm(Window owner, ResourceBundle messages, ClearMode mode, List<ProfileRowViewModel> targets) {
        int count = targets.size();
        String act = MessageFormat.format(messages.getString("confirm.act." + mode.name()), count);
        String sample = targets.stream()
                .limit(SAMPLE)
                .map(r -> r.getName().isEmpty() ? "#" + r.getId() : r.getName() + " (#" + r.getId() + ")")
                .collect(Collectors.joining(", "));
        if (count > SAMPLE) {
            sample = MessageFormat.format(messages.getString("confirm.sampleMore"), sample, count - SAMPLE);
        }
        String body = MessageFormat.format(messages.getString("confirm.body." + mode.name()), count, sample);

        ButtonType go = new ButtonType(act, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.getString("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(mode.removesCookies() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("confirm.title"));
        alert.setHeaderText(act + "?");
        alert.setContentText(body);
        alert.getButtonTypes().setAll(go, cancel);
        alert.getDialogPane().lookupButton(go).setId(NodeIds.CONFIRM_CLEAR);
        // A destructive act must not be the default on Enter when it logs people out.
        if (mode.removesCookies()) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == go;
    }
}
