package com.ixsweep.ui;

import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.model.ClearMode;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The one question before a destructive run: names the count, the mode, a sample of the profiles and, for cookies,
 * that those accounts are logged out everywhere; lets the operator choose what happens to open profiles and whether
 * this is only a dry run. The confirm button says the act, not "OK", and follows those choices.
 */
final class ConfirmClearDialog {

    private static final int SAMPLE = 5;

    /** What the operator chose in the dialog. */
    record Choice(OpenProfilePolicy openPolicy, boolean dryRun) {}

    private ConfirmClearDialog() {}

    static Optional<Choice> confirm(
            Window owner,
            ResourceBundle messages,
            ClearMode mode,
            List<ProfileRowViewModel> targets,
            OpenProfilePolicy defaultPolicy) {
        int count = targets.size();
        String act = MessageFormat.format(messages.getString("confirm.act." + mode.name()), count);
        String dryAct = MessageFormat.format(messages.getString("confirm.act.dryRun"), count);
        String sample = targets.stream()
                .limit(SAMPLE)
                .map(r -> r.getName().isEmpty() ? "#" + r.getId() : r.getName() + " (#" + r.getId() + ")")
                .collect(Collectors.joining(", "));
        if (count > SAMPLE) {
            sample = MessageFormat.format(messages.getString("confirm.sampleMore"), sample, count - SAMPLE);
        }
        Label body = new Label();
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE); // the warning must be read whole, never cut to one line
        body.setMaxWidth(520);

        ComboBox<OpenProfilePolicy> open =
                new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(OpenProfilePolicy.values())));
        open.setId(NodeIds.CONFIRM_OPEN_POLICY);
        open.setValue(defaultPolicy);
        open.setConverter(new StringConverter<>() {
            @Override
            public String toString(OpenProfilePolicy p) {
                return p == null ? "" : messages.getString("open." + p.name());
            }

            @Override
            public OpenProfilePolicy fromString(String s) {
                return null;
            }
        });
        Label openLabel = new Label(messages.getString("confirm.openProfiles"));
        openLabel.setLabelFor(open);
        CheckBox dryRun = new CheckBox(messages.getString("confirm.dryRun"));
        dryRun.setId(NodeIds.CONFIRM_DRY_RUN);
        GridPane options = new GridPane();
        options.setHgap(10);
        options.setVgap(8);
        options.addRow(0, openLabel, open);
        options.add(dryRun, 0, 1, 2, 1);

        ButtonType go = new ButtonType(act, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.getString("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String realBody = MessageFormat.format(messages.getString("confirm.body." + mode.name()), count, sample);
        String dryBody = MessageFormat.format(messages.getString("confirm.body.dryRun"), count, sample);
        body.textProperty()
                .bind(Bindings.when(dryRun.selectedProperty()).then(dryBody).otherwise(realBody));
        Alert alert = new Alert(mode.removesCookies() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("confirm.title"));
        alert.headerTextProperty()
                .bind(Bindings.when(dryRun.selectedProperty()).then(dryAct).otherwise(act + "?"));
        alert.getDialogPane().setContent(new VBox(14, body, options));
        alert.getButtonTypes().setAll(go, cancel);
        Button goButton = (Button) alert.getDialogPane().lookupButton(go);
        goButton.setId(NodeIds.CONFIRM_CLEAR);
        goButton.textProperty()
                .bind(Bindings.when(dryRun.selectedProperty()).then(dryAct).otherwise(act));
        // The act must be read whole ("... of 200 profiles"), not cut to the width of Cancel.
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        ButtonBar.setButtonUniformSize(goButton, false);
        ButtonBar.setButtonUniformSize(cancelButton, false);
        goButton.setMinWidth(Region.USE_PREF_SIZE);
        // A destructive act must not be the default on Enter when it logs people out.
        if (mode.removesCookies()) {
            goButton.setDefaultButton(false);
            cancelButton.setDefaultButton(true);
        }
        Optional<ButtonType> answer = Dialogs.fitContent(alert).showAndWait();
        return answer.isPresent() && answer.get() == go
                ? Optional.of(new Choice(open.getValue(), dryRun.isSelected()))
                : Optional.empty();
    }
}
