package com.ixsweep.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the Local API. Immutable; any thread.
 *
 * @param baseUrl scheme, host and port, e.g. {@code http://127.0.0.1:53200} (a trailing slash is dropped)
 * @param connectTimeout how long to wait for the TCP connection
 * @param responseTimeout how long to wait for an answer once connected (socket inactivity)
 * @param allowRemoteHost whether a host other than loopback is accepted (the API has no authentication)
 * @param pageSize {@code limit} used when paging lists
 * @param retry retries of transient failures done inside the client
 */
public record ApiSettings(
        String baseUrl,
        Duration connectTimeout,
        Duration responseTimeout,
        boolean allowRemoteHost,
        int pageSize,
        RetryPolicy retry) {

    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:53200";

    public ApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(retry, "retry");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        host(baseUrl);
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("The connect timeout must be positive: " + connectTimeout);
        }
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("The response timeout must be positive: " + responseTimeout);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("The page size must be at least 1: " + pageSize);
        }
    }

    /** http://127.0.0.1:53200, 3 s connect, 30 s response, loopback only, pages of 100, {@link RetryPolicy#defaults()}. */
    public static ApiSettings defaults() {
        return new ApiSettings(
                DEFAULT_BASE_URL, Duration.ofSeconds(3), Duration.ofSeconds(30), false, 100, RetryPolicy.defaults());
    }

    public ApiSettings withBaseUrl(String url) {
        return new ApiSettings(url, connectTimeout, responseTimeout, allowRemoteHost, pageSize, retry);
    }

    public ApiSettings withTimeouts(Duration connect, Duration response) {
        return new ApiSettings(baseUrl, connect, response, allowRemoteHost, pageSize, retry);
    }

    public ApiSettings withAllowRemoteHost(boolean allow) {
        return new ApiSettings(baseUrl, connectTimeout, responseTimeout, allow, pageSize, retry);
    }

    public ApiSettings withPageSize(int size) {
        return new ApiSettings(baseUrl, connectTimeout, responseTimeout, allowRemoteHost, size, retry);
    }

    public ApiSettings withRetry(RetryPolicy policy) {
        return new ApiSettings(baseUrl, connectTimeout, responseTimeout, allowRemoteHost, pageSize, policy);
    }

    /** Whether {@link #baseUrl} names this machine (127.0.0.0/8, ::1 or localhost), judged without DNS. */
    public boolean isLoopback() {
        String host = host(baseUrl).toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String host(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The Local API address is not a valid URL: " + url, e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException(
                    "The Local API address must start with http://, for example " + DEFAULT_BASE_URL + ": " + url);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("The Local API address has no host: " + url);
        }
        if (uri.getPort() > 65535) {
            throw new IllegalArgumentException(
                    "The Local API port must be from 1 to 65535 (ixBrowser's default is 53200): " + url);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
            throw new IllegalArgumentException("The Local API address must be only scheme, host and port, for example "
                    + DEFAULT_BASE_URL + ": " + url);
        }
        return uri.getHost();
    }
}
