package com.ixsweep.viewmodel;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.batch.OpenProfilePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog's state: the fields being edited, what stops them being saved, a connection test, and the
 * preferences in force ({@link #appliedProperty()}), which the app persists and applies. Public methods on the FX
 * thread; the connection test runs on the background executor and reports through the UI executor.
 */
public final class SettingsViewModel {

    private final Executor background;
    private final Executor uiExecutor;
    private final Function<Preferences, ConnectionCheck> connectionTester;

    private final ObjectProperty<Preferences> applied = new SimpleObjectProperty<>(this, "applied");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final BooleanProperty allowRemoteHost = new SimpleBooleanProperty(this, "allowRemoteHost");
    private final ObjectProperty<Integer> connectTimeoutSeconds = new SimpleObjectProperty<>(this, "connectTimeout");
    private final ObjectProperty<Integer> responseTimeoutSeconds = new SimpleObjectProperty<>(this, "responseTimeout");
    private final ObjectProperty<Integer> chunkSize = new SimpleObjectProperty<>(this, "chunkSize");
    private final ObjectProperty<OpenProfilePolicy> openPolicy = new SimpleObjectProperty<>(this, "openPolicy");
    private final ObjectProperty<Preferences.Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    private final BooleanProperty testing = new SimpleBooleanProperty(this, "testing");
    private final ObjectProperty<ConnectionCheck> testResult = new SimpleObjectProperty<>(this, "testResult");
    private final ObjectBinding<SettingsProblem> problem;

    /**
     * @param initial the preferences in force at start
     * @param connectionTester tries a connection with these preferences (blocking; called on a background thread)
     */
    public SettingsViewModel(
            Preferences initial,
            Executor background,
            Executor uiExecutor,
            Function<Preferences, ConnectionCheck> connectionTester) {
        this.background = background;
        this.uiExecutor = uiExecutor;
        this.connectionTester = connectionTester;
        applied.set(initial);
        problem = Bindings.createObjectBinding(this::findProblem, host, port, allowRemoteHost);
        host.addListener(obs -> testResult.set(null));
        port.addListener(obs -> testResult.set(null));
        edit();
    }

    /** Starts editing: the fields show the preferences in force, so closing without saving discards the edits. */
    public void edit() {
        Preferences p = applied.get();
        try {
            URI uri = new URI(p.apiUrl());
            host.set(uri.getHost() == null ? "" : uri.getHost());
            port.set(String.valueOf(uri.getPort() > 0 ? uri.getPort() : 80));
        } catch (URISyntaxException e) {
            // a hand-edited settings file: show empty fields, whose problem the dialog names, rather than fail
            host.set("");
            port.set("");
        }
        allowRemoteHost.set(p.allowRemoteHost());
        connectTimeoutSeconds.set(p.connectTimeoutSeconds());
        responseTimeoutSeconds.set(p.responseTimeoutSeconds());
        chunkSize.set(p.chunkSize());
        openPolicy.set(p.openPolicy());
        theme.set(p.theme());
        language.set(p.language());
        testResult.set(null);
    }

    /** Makes the edited values the preferences in force; does nothing and answers false while there is a problem. */
    public boolean save() {
        if (problem.get() != null) {
            return false;
        }
        applied.set(edited());
        return true;
    }

    /** Tests the connection the edited host, port and timeouts would make, without saving them. */
    public void testConnection() {
        if (problem.get() != null || testing.get()) {
            return;
        }
        Preferences candidate = edited();
        testing.set(true);
        testResult.set(null);
        background.execute(() -> {
            ConnectionCheck check = connectionTester.apply(candidate);
            uiExecutor.execute(() -> {
                testing.set(false);
                testResult.set(check);
            });
        });
    }

    private Preferences edited() {
        Preferences p = applied.get();
        return new Preferences(
                apiUrl(),
                allowRemoteHost.get(),
                valueOr(connectTimeoutSeconds.get(), p.connectTimeoutSeconds()),
                valueOr(responseTimeoutSeconds.get(), p.responseTimeoutSeconds()),
                valueOr(chunkSize.get(), p.chunkSize()),
                openPolicy.get() == null ? p.openPolicy() : openPolicy.get(),
                theme.get() == null ? p.theme() : theme.get(),
                language.get() == null ? "" : language.get());
    }

    private static int valueOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private String apiUrl() {
        String h = host.get().strip();
        return "http://" + (h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h) + ":"
                + port.get().strip();
    }

    private SettingsProblem findProblem() {
        String h = host.get() == null ? "" : host.get().strip();
        if (h.isEmpty()) {
            return SettingsProblem.NO_HOST;
        }
        String p = port.get() == null ? "" : port.get().strip();
        if (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
            return SettingsProblem.BAD_PORT;
        }
        ApiSettings api;
        try {
            new URI(apiUrl());
            api = ApiSettings.defaults().withBaseUrl(apiUrl());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return SettingsProblem.BAD_HOST;
        }
        return api.isLoopback() || allowRemoteHost.get() ? null : SettingsProblem.REMOTE_HOST_NOT_ALLOWED;
    }

    public ReadOnlyObjectProperty<Preferences> appliedProperty() {
        return applied;
    }

    public Preferences getApplied() {
        return applied.get();
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public BooleanProperty allowRemoteHostProperty() {
        return allowRemoteHost;
    }

    public ObjectProperty<Integer> connectTimeoutSecondsProperty() {
        return connectTimeoutSeconds;
    }

    public ObjectProperty<Integer> responseTimeoutSecondsProperty() {
        return responseTimeoutSeconds;
    }

    public ObjectProperty<Integer> chunkSizeProperty() {
        return chunkSize;
    }

    public ObjectProperty<OpenProfilePolicy> openPolicyProperty() {
        return openPolicy;
    }

    public ObjectProperty<Preferences.Theme> themeProperty() {
        return theme;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }

    public ReadOnlyObjectProperty<ConnectionCheck> testResultProperty() {
        return testResult;
    }

    /** Null when the edited values can be saved. */
    public ObjectBinding<SettingsProblem> problemProperty() {
        return problem;
    }
}
