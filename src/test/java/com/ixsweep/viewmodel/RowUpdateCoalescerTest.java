package com.ixsweep.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RowUpdateCoalescerTest {

    private final List<Runnable> queuedUiCalls = new ArrayList<>();
    private final Map<ProfileId, RowState> applied = new HashMap<>();
    private int drains;
    private final RowUpdateCoalescer coalescer =
            new RowUpdateCoalescer(queuedUiCalls::add, applied::put, () -> drains++);

    @Test
    void manyChangesQueueOnlyOneUiCallAndKeepTheLatestStatePerRow() {
        for (int i = 1; i <= 10_000; i++) {
            ProfileId id = ProfileId.of(i % 100 + 1);
            coalescer.submit(id, RowState.of(RowStatus.RUNNING));
            coalescer.submit(id, RowState.of(i % 2 == 0 ? RowStatus.CLEARED : RowStatus.NOT_FOUND));
        }

        assertThat(queuedUiCalls).hasSize(1);
        queuedUiCalls.remove(0).run();

        assertThat(applied).hasSize(100);
        assertThat(applied.get(ProfileId.of(1)).status()).isEqualTo(RowStatus.CLEARED); // i = 10,000 came last
        assertThat(drains).isEqualTo(1);
    }

    @Test
    void aChangeAfterADrainQueuesTheNextOne() {
        coalescer.submit(ProfileId.of(1), RowState.of(RowStatus.RUNNING));
        queuedUiCalls.remove(0).run();
        coalescer.submit(ProfileId.of(1), RowState.of(RowStatus.CLEARED));

        assertThat(queuedUiCalls).hasSize(1);
        queuedUiCalls.remove(0).run();
        assertThat(applied.get(ProfileId.of(1)).status()).isEqualTo(RowStatus.CLEARED);
    }

    @Test
    void noUpdateIsLostWhenWorkersSubmitWhileTheUiDrains() throws InterruptedException {
        ExecutorService ui = Executors.newSingleThreadExecutor();
        Map<ProfileId, RowState> seen = new java.util.concurrent.ConcurrentHashMap<>();
        RowUpdateCoalescer concurrent = new RowUpdateCoalescer(ui, seen::put, () -> {});
        ExecutorService workers = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(4);
        for (int w = 0; w < 4; w++) {
            int base = w * 5_000;
            workers.execute(() -> {
                for (int i = 1; i <= 5_000; i++) {
                    concurrent.submit(ProfileId.of(base + i), RowState.of(RowStatus.RUNNING));
                    concurrent.submit(ProfileId.of(base + i), RowState.of(RowStatus.CLEARED));
                }
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        ui.submit(concurrent::drain);
        ui.shutdown();
        assertThat(ui.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        workers.shutdown();

        assertThat(seen).hasSize(20_000);
        assertThat(seen.values()).allMatch(s -> s.status() == RowStatus.CLEARED);
    }
}
