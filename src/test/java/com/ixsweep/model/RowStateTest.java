package com.ixsweep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowStateTest {

    @Test
    void statesAreEqualWhenStatusCodeAndMessageAre() {
        RowState failed = RowState.failed(1010, "too fast");

        assertThat(failed).isEqualTo(new RowState(RowStatus.FAILED, 1010, "too fast"));
        assertThat(failed).hasSameHashCodeAs(new RowState(RowStatus.FAILED, 1010, "too fast"));
        assertThat(RowState.of(RowStatus.QUEUED, null)).isEqualTo(RowState.of(RowStatus.QUEUED));
        assertThat(failed)
                .isNotEqualTo(RowState.failed(1004, "too fast"))
                .isNotEqualTo(RowState.failed(1010, "busy"))
                .isNotEqualTo(new RowState(RowStatus.NOT_CONFIRMED, 1010, "too fast"))
                .isNotEqualTo(null)
                .isNotEqualTo("FAILED");
    }
}
