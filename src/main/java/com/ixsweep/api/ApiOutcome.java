package com.ixsweep.api;

/**
 * The result of one Local API call, as a value: callers switch over it instead of catching exceptions. Every
 * non-{@link Ok} outcome carries a {@link FailureClass} and a description written for a person.
 *
 * @param <T> the type of {@code data} on success
 */
public sealed interface ApiOutcome<T>
        permits ApiOutcome.Ok,
                ApiOutcome.ApiError,
                ApiOutcome.HttpError,
                ApiOutcome.TransportError,
                ApiOutcome.BadResponse {

    /** {@code error.code == 0}; {@code data} parsed. */
    record Ok<T>(T data) implements ApiOutcome<T> {}

    /** HTTP 200 with a non-zero {@code error.code}. {@code message} is the readable text (catalogue or server). */
    record ApiError<T>(int code, String message, FailureClass failureClass) implements ApiOutcome<T> {}

    /** A non-200 HTTP status (ixBrowser answers failures with 200, so this is a proxy or a crash). */
    record HttpError<T>(int status, String description) implements ApiOutcome<T> {}

    /** Nothing usable came back: refused, reset, timed out. */
    record TransportError<T>(TransportFailure kind, String description) implements ApiOutcome<T> {}

    /** HTTP 200 but the body is not the Local API envelope (another program on the port, or a truncated body). */
    record BadResponse<T>(String description) implements ApiOutcome<T> {}

    enum TransportFailure {
        CONNECTION_REFUSED,
        CONNECT_TIMEOUT,
        RESPONSE_TIMEOUT,
        CONNECTION_RESET,
        OTHER
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** How a caller should react to this outcome; {@code null} only for {@link Ok}. */
    default FailureClass failureClass() {
        if (this instanceof Ok) {
            return null;
        }
        if (this instanceof ApiError<T> e) {
            return e.failureClass();
        }
        if (this instanceof HttpError<T> h) {
            return h.status() >= 500 ? FailureClass.TRANSIENT : FailureClass.PERMANENT;
        }
        if (this instanceof TransportError<T> t) {
            return t.kind() == TransportFailure.CONNECTION_REFUSED ? FailureClass.OPERATOR : FailureClass.TRANSIENT;
        }
        return FailureClass.PERMANENT;
    }

    /** The error code for reports: the API code, the HTTP status, or 0 for transport and malformed answers. */
    default int code() {
        if (this instanceof ApiError<T> e) {
            return e.code();
        }
        if (this instanceof HttpError<T> h) {
            return h.status();
        }
        return 0;
    }

    /** One line for a person; empty for {@link Ok}. */
    default String describe() {
        if (this instanceof ApiError<T> e) {
            return e.message();
        }
        if (this instanceof HttpError<T> h) {
            return h.description();
        }
        if (this instanceof TransportError<T> t) {
            return t.description();
        }
        if (this instanceof BadResponse<T> b) {
            return b.description();
        }
        return "";
    }
}
