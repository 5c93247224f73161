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
    void rowsAreAppliedInTheOrderTheyFirstChanged() {
        List<Long> order = new ArrayList<>();
        RowUpdateCoalescer ordered =
                new RowUpdateCoalescer(queuedUiCalls::add, (id, s) -> order.add(id.value()), () -> {});
        for (long id : new long[] {7, 3, 9, 3, 1, 7}) {
            ordered.submit(ProfileId.of(id), RowState.of(RowStatus.RUNNING));
        }
        queuedUiCalls.remove(0).run();

        assertThat(order).containsExactly(7L, 3L, 9L, 1L);
    }

    @Test
    void aDrainAppliesWhatCameBeforeItAndLeavesLaterChangesToTheNextOne() {
        // a worker faster than the FX thread: every row applied brings a new one
        List<Long> applied = new ArrayList<>();
        RowUpdateCoalescer[] self = new RowUpdateCoalescer[1];
        self[0] = new RowUpdateCoalescer(
                queuedUiCalls::add,
                (id, s) -> {
                    applied.add(id.value());
                    self[0].submit(ProfileId.of(id.value() + 1_000), RowState.of(RowStatus.RUNNING));
                },
                () -> drains++);
        for (int i = 1; i <= 100; i++) {
            self[0].submit(ProfileId.of(i), RowState.of(RowStatus.RUNNING));
        }

        queuedUiCalls.remove(0).run();
        assertThat(applied).hasSize(100).endsWith(100L);
        assertThat(queuedUiCalls).as("the next drain is queued, once").hasSize(1);

        queuedUiCalls.remove(0).run();
        assertThat(applied).hasSize(200).endsWith(1_100L);
        assertThat(drains).isEqualTo(2);
    }

    @Test
    void aBurstIsAppliedInBoundedDrainsOneQueuedAtATime() {
        int burst = RowUpdateCoalescer.ROWS_PER_QUEUED_DRAIN * 2 + 500;
        for (int i = 1; i <= burst; i++) {
            coalescer.submit(ProfileId.of(i), RowState.of(RowStatus.QUEUED));
        }

        List<Integer> appliedPerDrain = new ArrayList<>();
        while (!queuedUiCalls.isEmpty()) {
            assertThat(queuedUiCalls).hasSize(1);
            int before = applied.size();
            queuedUiCalls.remove(0).run();
            appliedPerDrain.add(applied.size() - before);
        }

        assertThat(appliedPerDrain)
                .containsExactly(
                        RowUpdateCoalescer.ROWS_PER_QUEUED_DRAIN, RowUpdateCoalescer.ROWS_PER_QUEUED_DRAIN, 500);
        assertThat(drains).isEqualTo(3);
    }

    @Test
    void aDirectDrainAppliesEverything() {
        int burst = RowUpdateCoalescer.ROWS_PER_QUEUED_DRAIN * 3;
        for (int i = 1; i <= burst; i++) {
            coalescer.submit(ProfileId.of(i), RowState.of(RowStatus.CLEARED));
        }

        coalescer.drain(); // as when a run ends

        assertThat(applied).hasSize(burst);
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
