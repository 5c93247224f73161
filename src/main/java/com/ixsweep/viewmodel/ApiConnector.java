package com.ixsweep.viewmodel;

import com.ixsweep.api.LocalApi;

/**
 * Opens connections for the main window: to a real ixBrowser at a URL, or to the built-in demo simulator. The app
 * supplies it, so the ViewModel never depends on the simulator. Called from a background thread.
 */
public interface ApiConnector {

    /**
     * A client for ixBrowser at this base URL.
     *
     * @throws IllegalArgumentException when the URL is malformed or not loopback while remote hosts are not allowed
     */
    LocalApi connect(String baseUrl);

    /**
     * Starts the in-process simulator (about 200 profiles) on a free loopback port and returns a client to it.
     *
     * @throws java.io.UncheckedIOException when no loopback port can be bound
     */
    LocalApi startDemo();
}
