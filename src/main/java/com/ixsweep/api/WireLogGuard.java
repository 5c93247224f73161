package com.ixsweep.api;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Apache HttpClient's wire and header loggers below DEBUG: at DEBUG they print raw bodies, which carry
 * passwords, proxies and cookies, and {@link Redactor} cannot reach them. Applied by every {@link IxBrowserClient}.
 * Only acts when Logback is the SLF4J backend. Any thread.
 */
final class WireLogGuard {

    static final String WIRE = "org.apache.hc.client5.http.wire";
    static final String HEADERS = "org.apache.hc.client5.http.headers";

    private WireLogGuard() {}

    static void apply() {
        for (String name : new String[] {WIRE, HEADERS}) {
            Logger logger = LoggerFactory.getLogger(name);
            if (logger instanceof ch.qos.logback.classic.Logger logback) {
                logback.setLevel(Level.INFO);
            }
        }
    }
}
