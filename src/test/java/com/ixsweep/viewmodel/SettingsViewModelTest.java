package com.ixsweep.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.batch.OpenProfilePolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private static final Preferences START = new Preferences(
            "http://127.0.0.1:53200", false, 3, 30, 50, OpenProfilePolicy.SKIP, Preferences.Theme.LIGHT, "");

    private final List<Preferences> tested = new ArrayList<>();
    private final SettingsViewModel settings = new SettingsViewModel(START, Runnable::run, Runnable::run, p -> {
        tested.add(p);
        return new ConnectionCheck(ConnectionCheck.Status.NOT_REACHABLE, "nothing at " + p.apiUrl());
    });

    @Test
    void theFieldsShowThePreferencesInForce() {
        assertThat(settings.hostProperty().get()).isEqualTo("127.0.0.1");
        assertThat(settings.portProperty().get()).isEqualTo("53200");
        assertThat(settings.problemProperty().get()).isNull();
    }

    @Test
    void aHandEditedAddressThatIsNoUrlOpensAsEmptyFieldsWithTheProblemNamed() {
        Preferences broken = new Preferences(
                "http://bad host:1", false, 3, 30, 50, OpenProfilePolicy.SKIP, Preferences.Theme.LIGHT, "");
        SettingsViewModel edited = new SettingsViewModel(broken, Runnable::run, Runnable::run, p -> null);

        assertThat(edited.hostProperty().get()).isEmpty();
        assertThat(edited.problemProperty().get()).isEqualTo(SettingsProblem.NO_HOST);
    }

    @Test
    void savingMakesTheEditsThePreferencesInForce() {
        settings.portProperty().set(" 53201 ");
        settings.chunkSizeProperty().set(20);
        settings.openPolicyProperty().set(OpenProfilePolicy.CLOSE_FIRST);
        settings.languageProperty().set("zh-CN");

        assertThat(settings.save()).isTrue();

        Preferences saved = settings.getApplied();
        assertThat(saved.apiUrl()).isEqualTo("http://127.0.0.1:53201");
        assertThat(saved.chunkSize()).isEqualTo(20);
        assertThat(saved.openPolicy()).isEqualTo(OpenProfilePolicy.CLOSE_FIRST);
        assertThat(saved.language()).isEqualTo("zh-CN");
        assertThat(saved.connectionDiffersFrom(START)).isTrue();
    }

    @Test
    void editingAgainDiscardsWhatWasNotSaved() {
        settings.portProperty().set("1234");
        settings.edit();
        assertThat(settings.portProperty().get()).isEqualTo("53200");
        assertThat(settings.getApplied()).isEqualTo(START);
    }

    @Test
    void eachBadValueIsNamedAndNothingIsSaved() {
        settings.portProperty().set("70000");
        assertThat(settings.problemProperty().get()).isEqualTo(SettingsProblem.BAD_PORT);
        settings.portProperty().set("port");
        assertThat(settings.problemProperty().get()).isEqualTo(SettingsProblem.BAD_PORT);
        settings.portProperty().set("53200");
        settings.hostProperty().set("  ");
        assertThat(settings.problemProperty().get()).isEqualTo(SettingsProblem.NO_HOST);
        settings.hostProperty().set("bad host");
        assertThat(settings.problemProperty().get()).isEqualTo(SettingsProblem.BAD_HOST);

        assertThat(settings.save()).isFalse();
        assertThat(settings.getApplied()).isEqualTo(START);
    }

    @Test
    void anotherHostNeedsTheExplicitPermission() {
        settings.hostProperty().set("192.168.1.20");
        assertThat(settings.problemProperty().get()).isEqualTo(SettingsProblem.REMOTE_HOST_NOT_ALLOWED);
        settings.allowRemoteHostProperty().set(true);
        assertThat(settings.problemProperty().get()).isNull();
        settings.hostProperty().set("localhost");
        settings.allowRemoteHostProperty().set(false);
        assertThat(settings.problemProperty().get()).isNull();
    }

    @Test
    void testingTheConnectionUsesTheEditedAddressAndSavesNothing() {
        settings.portProperty().set("53999");
        settings.testConnection();

        assertThat(tested).extracting(Preferences::apiUrl).containsExactly("http://127.0.0.1:53999");
        assertThat(settings.testResultProperty().get().status()).isEqualTo(ConnectionCheck.Status.NOT_REACHABLE);
        assertThat(settings.testingProperty().get()).isFalse();
        assertThat(settings.getApplied()).isEqualTo(START);

        settings.portProperty().set("53998");
        assertThat(settings.testResultProperty().get())
                .as("an edit clears the old answer")
                .isNull();
    }
}
