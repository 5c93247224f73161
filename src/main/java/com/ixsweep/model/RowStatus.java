package com.ixsweep.model;

/** Where one profile stands in a run. Every row ends in a final status; none is left pending silently. */
public enum RowStatus {
    PENDING(false),
    QUEUED(false),
    RUNNING(false),
    CLEARED(true),
    SKIPPED_OPEN(true),
    NOT_FOUND(true),
    FAILED(true),
    NOT_CONFIRMED(true),
    NOT_ATTEMPTED(true);

    private final boolean terminal;

    RowStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether a run may end with a row in this status. */
    public boolean isFinal() {
        return terminal;
    }

    /** Whether a "retry failed" run should take this row again. */
    public boolean isRetryable() {
        return this == FAILED || this == NOT_CONFIRMED || this == NOT_ATTEMPTED;
    }
}
