package com.ixsweep.ui;

import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A row's status as a badge: words and code ("NOT FOUND 2007"), never colour alone; the server's message in the
 * tooltip. Colours come from app.css through one pseudo-class per status.
 */
final class StatusBadgeCell extends TableCell<ProfileRowViewModel, RowState> {

    private static final Map<RowStatus, PseudoClass> PSEUDO = new EnumMap<>(RowStatus.class);

    static {
        for (RowStatus s : RowStatus.values()) {
            PSEUDO.put(
                    s,
                    PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
    }

    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final ResourceBundle messages;

    StatusBadgeCell(ResourceBundle messages) {
        this.messages = messages;
        badge.getStyleClass().add("status-badge");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    static String badgeText(ResourceBundle messages, RowState state) {
        String label = messages.getString("status." + state.status().name());
        return state.code() == 0 ? label : label + " " + state.code();
    }

    @Override
    protected void updateItem(RowState state, boolean empty) {
        super.updateItem(state, empty);
        if (empty || state == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        for (Map.Entry<RowStatus, PseudoClass> e : PSEUDO.entrySet()) {
            badge.pseudoClassStateChanged(e.getValue(), e.getKey() == state.status());
        }
        badge.setText(badgeText(messages, state));
        setGraphic(badge);
        if (state.message().isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(state.message());
            setTooltip(tooltip);
        }
    }
}
