package com.ixsweep.batch;

import com.ixsweep.api.LocalApi;

/**
 * Turns "clear these profiles" into chunked, verified, polite Local API calls and reports every profile's final
 * state. Plain Java; {@link #run} blocks and must be called from a worker thread, never the FX thread.
 */
public final class ClearEngine {

    private final LocalApi api;

    public ClearEngine(LocalApi api) {
        this.api = api;
    }

    /** Runs one request to the end (or until cancelled); every ID receives exactly one final state. */
    public RunSummary run(ClearRequest request, ClearListener listener, CancelSignal cancel) {
        throw new UnsupportedOperationException("engine not built yet: " + api.baseUrl());
    }
}
