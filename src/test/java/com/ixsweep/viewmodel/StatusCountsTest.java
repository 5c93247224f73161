package com.ixsweep.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.batch.RunSummary;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import com.ixsweep.simulator.LocalApiSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status counts behind the progress line and Retry failed: right after every batch of row changes, and changed
 * once per batch, not once per row (a per-row change recomputed the progress line 100,000 times when a run started).
 */
class StatusCountsTest {

    @TempDir
    Path journals;

    private final MainViewModel vm = new MainViewModel(
            new ApiConnector() {
                @Override
                public LocalApi connect(String baseUrl) {
                    throw new UnsupportedOperationException("no network in this test");
                }

                @Override
                public LocalApi startDemo() {
                    throw new UnsupportedOperationException("no network in this test");
                }
            },
            ClearEngine::new,
            new IdImporter(),
            Runnable::run,
            Runnable::run,
            System::currentTimeMillis);

    private static List<ProfileId> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(ProfileId::of).toList();
    }

    private static AtomicInteger changesOf(ObservableValue<?> value) {
        AtomicInteger changes = new AtomicInteger();
        value.addListener((obs, before, now) -> changes.incrementAndGet());
        return changes;
    }

    @Test
    void transitionsCountAtOnceAndReachThePropertiesWhenPublished() {
        StatusCounts counts = new StatusCounts();
        AtomicInteger queuedChanges = changesOf(counts.property(RowStatus.QUEUED));
        counts.add(RowStatus.PENDING, 3);
        counts.moved(RowStatus.PENDING, RowStatus.QUEUED);
        counts.moved(RowStatus.PENDING, RowStatus.QUEUED);

        assertThat(counts.get(RowStatus.QUEUED)).isEqualTo(2);
        assertThat(counts.property(RowStatus.QUEUED).get()).isZero();

        counts.publish();
        assertThat(counts.property(RowStatus.QUEUED).get()).isEqualTo(2);
        assertThat(counts.property(RowStatus.PENDING).get()).isEqualTo(1);
        assertThat(queuedChanges).hasValue(1);
    }

    @Test
    void tenThousandNewRowsChangeTheCountOnce() {
        AtomicInteger pendingChanges = changesOf(vm.getCounts().property(RowStatus.PENDING));

        vm.addIds(ids(1, 10_000));

        assertThat(vm.getCounts().property(RowStatus.PENDING).get()).isEqualTo(10_000);
        assertThat(pendingChanges).hasValue(1);
    }

    @Test
    void reopeningARunOfManyRowsShowsItsCountsInOneChange() throws Exception {
        List<ProfileId> ids = ids(1, 1_000);
        vm.addIds(ids);
        AtomicInteger clearedChanges = changesOf(vm.getCounts().property(RowStatus.CLEARED));
        AtomicInteger retryableChanges = changesOf(vm.getCounts().retryableProperty());

        reopenRunOf(vm, ids, 600);

        assertThat(vm.getCounts().property(RowStatus.CLEARED).get()).isEqualTo(600);
        assertThat(vm.getCounts().property(RowStatus.FAILED).get()).isEqualTo(400);
        assertThat(vm.getCounts().property(RowStatus.PENDING).get()).isZero();
        assertThat(vm.getCounts().retryableProperty().get()).isEqualTo(400);
        assertThat(clearedChanges).hasValue(1);
        assertThat(retryableChanges).hasValue(1);
    }

    @Test
    void rowsSetAsideForAnotherIxBrowserCountAsPendingAgain() throws Exception {
        List<AutoCloseable> opened = new ArrayList<>();
        try (LocalApiSimulator first = new LocalApiSimulator(20);
                LocalApiSimulator second = new LocalApiSimulator(20)) {
            first.start();
            second.start();
            MainViewModel connected = new MainViewModel(
                    new ApiConnector() {
                        @Override
                        public LocalApi connect(String baseUrl) {
                            IxBrowserClient client =
                                    new IxBrowserClient(ApiSettings.defaults().withBaseUrl(baseUrl));
                            opened.add(client);
                            return client;
                        }

                        @Override
                        public LocalApi startDemo() {
                            throw new UnsupportedOperationException("not in this test");
                        }
                    },
                    ClearEngine::new,
                    new IdImporter(),
                    Runnable::run,
                    Runnable::run,
                    System::currentTimeMillis);
            connected.connect(first.baseUrl());
            assertThat(connected.getRows()).hasSize(20);
            reopenRunOf(connected, ids(1, 20), 15);
            assertThat(connected.getCounts().property(RowStatus.CLEARED).get()).isEqualTo(15);

            connected.connect(second.baseUrl());

            assertThat(connected.getCounts().property(RowStatus.PENDING).get()).isEqualTo(20);
            assertThat(connected.getCounts().property(RowStatus.CLEARED).get()).isZero();
            assertThat(connected.getCounts().retryableProperty().get()).isZero();
        } finally {
            for (AutoCloseable c : opened) {
                c.close();
            }
        }
    }

    /** Brings back a finished run of these rows from its journal: the first {@code cleared} cleared, the rest failed. */
    private void reopenRunOf(MainViewModel target, List<ProfileId> ids, int cleared) throws Exception {
        try (RunJournal j = RunJournal.start(journals, ClearRequest.of(ids, ClearMode.CACHE))) {
            for (int i = 0; i < ids.size(); i++) {
                j.stateChanged(
                        ids.get(i), i < cleared ? RowState.of(RowStatus.CLEARED) : RowState.failed(1010, "busy"));
            }
            j.finish(new RunSummary(
                    Map.of(RowStatus.CLEARED, cleared, RowStatus.FAILED, ids.size() - cleared),
                    Duration.ofSeconds(1),
                    ids.size() / 50 + 1,
                    ""));
        }
        HistoryViewModel history = new HistoryViewModel(journals, target, Runnable::run, Runnable::run);
        history.refresh();
        history.open(history.getRuns().get(0));
    }

    @Test
    void anEmptiedTableCountsNothing() {
        vm.addIds(ids(1, 100));
        vm.clearTable();

        assertThat(vm.getCounts().property(RowStatus.PENDING).get()).isZero();
        assertThat(vm.getCounts().get(RowStatus.PENDING)).isZero();
    }
}
