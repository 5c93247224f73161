package com.ixsweep.api;

/** How a failed call should be handled. */
public enum FailureClass {
    /** Try again later with backoff: system busy, too fast, timeouts, HTTP 5xx. */
    TRANSIENT,
    /** About the profile(s) sent, not the call: unknown ID (2007), profile open (111003), inoperable (1014). */
    PER_PROFILE,
    /** The operator must act before anything can work: ixBrowser not running, logged out, too old, no permission. */
    OPERATOR,
    /** Retrying the same request cannot help. */
    PERMANENT
}
