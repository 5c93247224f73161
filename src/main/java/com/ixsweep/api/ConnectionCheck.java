package com.ixsweep.api;

/** What {@link LocalApi#testConnection()} found, with advice for a person in {@code message}. */
public record ConnectionCheck(Status status, String message) {

    public enum Status {
        CONNECTED,
        NOT_REACHABLE,
        NOT_IXBROWSER,
        LOGGED_OUT,
        NO_PERMISSION,
        TOO_OLD,
        OTHER_ERROR
    }

    public boolean ok() {
        return status == Status.CONNECTED;
    }
}
