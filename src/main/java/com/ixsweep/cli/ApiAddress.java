package com.ixsweep.cli;

import com.ixsweep.api.ApiSettings;

/** The {@code --api URL} / {@code --allow-remote} pair of {@code clear} and {@code list}. Stateless; any thread. */
final class ApiAddress {

    private ApiAddress() {}

    /**
     * The client settings for this address.
     *
     * @throws IllegalArgumentException with one line for the user when the address is not a Local API address, or
     *     names another machine without {@code --allow-remote}
     */
    static ApiSettings settings(String url, boolean allowRemote) {
        ApiSettings settings = ApiSettings.defaults().withBaseUrl(url).withAllowRemoteHost(allowRemote);
        if (!allowRemote && !settings.isLoopback()) {
            throw new IllegalArgumentException("IX Sweep talks only to ixBrowser on this computer (127.0.0.1), not "
                    + settings.baseUrl() + ": the Local API has no password, so anyone who can reach it can use it."
                    + " Add --allow-remote to use that machine anyway.");
        }
        return settings;
    }
}
