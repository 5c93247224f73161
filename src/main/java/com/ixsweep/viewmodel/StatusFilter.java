package com.ixsweep.viewmodel;

import com.ixsweep.model.RowStatus;
import java.util.function.Predicate;

/** The status filter of the table: which results to show. */
public enum StatusFilter {
    ALL(s -> true),
    NOT_CLEARED(s -> s.isFinal() && s != RowStatus.CLEARED),
    CLEARED(s -> s == RowStatus.CLEARED),
    NOT_FOUND(s -> s == RowStatus.NOT_FOUND),
    SKIPPED_OPEN(s -> s == RowStatus.SKIPPED_OPEN),
    RETRYABLE(RowStatus::isRetryable),
    NOT_RUN(s -> s == RowStatus.PENDING);

    private final Predicate<RowStatus> accepts;

    StatusFilter(Predicate<RowStatus> accepts) {
        this.accepts = accepts;
    }

    public boolean accepts(RowStatus status) {
        return accepts.test(status);
    }
}
