package com.ixsweep.viewmodel;

import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One row of the profile table. FX thread only: worker threads never touch it, they go through
 * {@link RowUpdateCoalescer}. The status is one immutable {@link RowState} changed by checked transitions.
 */
public final class ProfileRowViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileRowViewModel.class);

    private final ProfileId id;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty groupName = new SimpleStringProperty(this, "groupName", "");
    private final StringProperty tagName = new SimpleStringProperty(this, "tagName", "");
    private final LongProperty lastOpened = new SimpleLongProperty(this, "lastOpened", 0);
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final BooleanProperty known = new SimpleBooleanProperty(this, "known", false);
    private final ObjectProperty<RowState> state = new SimpleObjectProperty<>(this, "state", RowState.PENDING);
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);

    public ProfileRowViewModel(ProfileId id) {
        this.id = id;
    }

    public static ProfileRowViewModel of(Profile profile) {
        ProfileRowViewModel row = new ProfileRowViewModel(profile.id());
        row.update(profile);
        return row;
    }

    /** Takes the profile's current details from ixBrowser; the row's state and selection are kept. */
    public void update(Profile profile) {
        name.set(profile.name());
        groupName.set(profile.groupName());
        tagName.set(profile.tagName());
        lastOpened.set(profile.lastOpenEpochSeconds());
        open.set(profile.open());
        known.set(true);
    }

    /**
     * Applies a new state if the transition is legal; an illegal one is logged and ignored, never applied silently.
     *
     * @return whether the state changed
     */
    public boolean applyState(RowState next) {
        RowState current = state.get();
        if (current.equals(next)) {
            return false;
        }
        if (!current.canBecome(next.status())) {
            LOG.warn("Ignored illegal transition of profile {}: {} -> {}", id, current.status(), next.status());
            return false;
        }
        state.set(next);
        return true;
    }

    public ProfileId getId() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public String getName() {
        return name.get();
    }

    public ReadOnlyStringProperty groupNameProperty() {
        return groupName;
    }

    public ReadOnlyStringProperty tagNameProperty() {
        return tagName;
    }

    public ReadOnlyLongProperty lastOpenedProperty() {
        return lastOpened;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** Whether ixBrowser's profile list has this ID (false for IDs pasted or imported before a load). */
    public ReadOnlyBooleanProperty knownProperty() {
        return known;
    }

    public ReadOnlyObjectProperty<RowState> stateProperty() {
        return state;
    }

    public RowState getState() {
        return state.get();
    }

    /** The check box: what the operator picked. Survives filtering and sorting. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }
}
