package com.ixsweep.app;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.viewmodel.ApiConnector;
import com.ixsweep.viewmodel.Preferences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds API clients from the settings, and runs the demo simulator in-process. Closes everything it opened.
 * Thread-safe: called from background threads, closed on the FX thread at exit.
 */
final class AppApiConnector implements ApiConnector, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppApiConnector.class);
    static final int DEMO_PROFILES = 200;
    private static final Duration DEMO_REQUEST_LATENCY = Duration.ofMillis(60);
    private static final Duration DEMO_PROFILE_LATENCY = Duration.ofMillis(4);

    private volatile AppSettings settings;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private LocalApiSimulator demo;

    AppApiConnector(AppSettings settings) {
        this.settings = settings;
    }

    /** Timeouts and the remote-host rule of these settings apply to connections made from now on. */
    void use(AppSettings newSettings) {
        this.settings = newSettings;
    }

    @Override
    public synchronized LocalApi connect(String baseUrl) {
        IxBrowserClient client = new IxBrowserClient(apiSettings(baseUrl, settings.preferences()));
        opened.add(client);
        return client;
    }

    /** The settings dialog's Test connection: a throw-away client with the edited, unsaved preferences. */
    ConnectionCheck test(Preferences edited) {
        try (IxBrowserClient client = new IxBrowserClient(apiSettings(edited.apiUrl(), edited))) {
            return client.testConnection();
        } catch (IllegalArgumentException e) {
            return new ConnectionCheck(ConnectionCheck.Status.OTHER_ERROR, e.getMessage());
        }
    }

    private static ApiSettings apiSettings(String baseUrl, Preferences p) {
        return ApiSettings.defaults()
                .withBaseUrl(baseUrl)
                .withTimeouts(
                        Duration.ofSeconds(p.connectTimeoutSeconds()), Duration.ofSeconds(p.responseTimeoutSeconds()))
                .withAllowRemoteHost(p.allowRemoteHost());
    }

    @Override
    public synchronized LocalApi startDemo() {
        if (demo == null) {
            LocalApiSimulator simulator = new LocalApiSimulator(SimulatorConfig.defaults()
                    .withProfileCount(DEMO_PROFILES)
                    // a little latency, so a newcomer sees rows go Queued -> Running -> Cleared
                    .withLatency(DEMO_REQUEST_LATENCY, DEMO_PROFILE_LATENCY));
            try {
                simulator.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the demo simulator on a loopback port", e);
            }
            demo = simulator;
            opened.add(demo);
            LOG.info("Demo simulator listening at {}", demo.baseUrl());
        }
        return connect(demo.baseUrl());
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Could not close {}", c, e);
            }
        }
        opened.clear();
    }
}
