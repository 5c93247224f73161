package com.ixsweep.api;

import java.time.Duration;

/** Clients with short timeouts and no real sleeping, for fast tests. */
final class TestClients {

    private TestClients() {}

    static ApiSettings settings(String baseUrl) {
        return ApiSettings.defaults()
                .withBaseUrl(baseUrl)
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(3))
                .withRetry(RetryPolicy.none());
    }

    static IxBrowserClient client(String baseUrl) {
        return new IxBrowserClient(settings(baseUrl));
    }

    static IxBrowserClient client(ApiSettings settings) {
        return new IxBrowserClient(settings);
    }

    /** Retries without real sleeps. */
    static IxBrowserClient retrying(String baseUrl, int attempts) {
        RetryPolicy policy =
                new RetryPolicy(attempts, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(10));
        return new IxBrowserClient(
                settings(baseUrl).withRetry(policy), new Retrier(policy, d -> {}, System::nanoTime, () -> 0.5));
    }
}
