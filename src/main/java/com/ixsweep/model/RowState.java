package com.ixsweep.model;

import java.util.Objects;

/**
 * One immutable value for a row's status: the status, the ixBrowser error code (0 when none) and a human message
 * (empty when none). Rows change state only through {@link #canBecome(RowStatus)}-checked transitions.
 */
public record RowState(RowStatus status, int code, String message) {

    public static final RowState PENDING = new RowState(RowStatus.PENDING, 0, "");

    public RowState {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    /**
     * Written out rather than the record's generated one: the generated equals goes through a method-handle bootstrap
     * that costs about a microsecond a call until the JIT has compiled it, and the first run of a session compares 100,000 states
     * on the FX thread (about 100 ms more for that run's start).
     */
    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof RowState other
                        && status == other.status
                        && code == other.code
                        && message.equals(other.message));
    }

    @Override
    public int hashCode() {
        return (status.hashCode() * 31 + code) * 31 + message.hashCode();
    }

    public static RowState of(RowStatus status) {
        return new RowState(status, 0, "");
    }

    public static RowState of(RowStatus status, String message) {
        return new RowState(status, 0, message);
    }

    public static RowState failed(int code, String message) {
        return new RowState(RowStatus.FAILED, code, message);
    }

    /**
     * Legal transitions: a new run may start from any state (retry, resume); within a run a row moves forward
     * Pending -> Queued -> Running -> final, and may go back from Running to Queued (a chunk split or retried).
     * A final state never changes within a run except by starting a new run (to Pending or Queued).
     */
    public boolean canBecome(RowStatus next) {
        if (next == RowStatus.PENDING || next == RowStatus.QUEUED) {
            return true;
        }
        return switch (status) {
            case PENDING, QUEUED -> true;
            case RUNNING -> next != RowStatus.RUNNING;
            default -> false;
        };
    }
}
