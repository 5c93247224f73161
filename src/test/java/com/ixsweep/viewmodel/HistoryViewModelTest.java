package com.ixsweep.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.batch.RunSummary;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {

    @TempDir
    Path journals;

    private MainViewModel main;
    private HistoryViewModel history;

    @BeforeEach
    void wire() {
        main = new MainViewModel(
                new ApiConnector() {
                    @Override
                    public com.ixsweep.api.LocalApi connect(String baseUrl) {
                        throw new UnsupportedOperationException("no network in this test");
                    }

                    @Override
                    public com.ixsweep.api.LocalApi startDemo() {
                        throw new UnsupportedOperationException("no network in this test");
                    }
                },
                ClearEngine::new,
                new IdImporter(),
                Runnable::run,
                Runnable::run,
                System::currentTimeMillis,
                journals);
        history = new HistoryViewModel(journals, main, Runnable::run, Runnable::run);
    }

    private static List<ProfileId> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(ProfileId::of).toList();
    }

    private void finishedRun(List<ProfileId> ids, int cleared) throws Exception {
        try (RunJournal j = RunJournal.start(journals, ClearRequest.of(ids, ClearMode.CACHE_AND_COOKIES))) {
            for (int i = 0; i < ids.size(); i++) {
                j.stateChanged(
                        ids.get(i), i < cleared ? RowState.of(RowStatus.CLEARED) : RowState.failed(1010, "too fast"));
            }
            j.finish(new RunSummary(
                    Map.of(RowStatus.CLEARED, cleared, RowStatus.FAILED, ids.size() - cleared),
                    Duration.ofSeconds(2),
                    3,
                    ""));
        }
    }

    @Test
    void listsRunsNewestFirstWithTheirFiguresAndCountsUnreadableJournals() throws Exception {
        finishedRun(ids(1, 10), 10);
        Thread.sleep(5); // journal names carry the start time in milliseconds
        finishedRun(ids(11, 30), 15);
        Files.writeString(journals.resolve("run-20990101-000000-000.jsonl"), "not json at all\n");

        history.refresh();

        assertThat(history.getRuns()).hasSize(2);
        PastRun newest = history.getRuns().get(0);
        assertThat(newest.profiles()).isEqualTo(20);
        assertThat(newest.count(RowStatus.CLEARED)).isEqualTo(15);
        assertThat(newest.notCleared()).isEqualTo(5);
        assertThat(newest.retryable()).isEqualTo(5);
        assertThat(newest.finished()).isTrue();
        assertThat(newest.mode()).isEqualTo(ClearMode.CACHE_AND_COOKIES);
        assertThat(history.getRuns().get(1).retryable()).isZero();
        assertThat(history.problemProperty().get()).startsWith("1 run journals could not be read");
    }

    @Test
    void onlyALastRunWithoutItsEndLineIsFlaggedAsInterrupted() throws Exception {
        finishedRun(ids(1, 5), 5);
        history.checkLastRun();
        assertThat(history.interruptedProperty().get()).isNull();

        Thread.sleep(5);
        try (RunJournal killed = RunJournal.start(journals, ClearRequest.of(ids(1, 8), ClearMode.CACHE))) {
            killed.stateChanged(ProfileId.of(1), RowState.of(RowStatus.CLEARED));
        }
        history.checkLastRun();
        PastRun interrupted = history.interruptedProperty().get();
        assertThat(interrupted).isNotNull();
        assertThat(interrupted.finished()).isFalse();
        assertThat(interrupted.retryable()).isEqualTo(7);
        assertThat(interrupted.count(RowStatus.NOT_ATTEMPTED))
                .as("unanswered rows")
                .isEqualTo(7);
    }

    @Test
    void openingARunShowsItsLastResultsAndExportingWritesItsReport() throws Exception {
        finishedRun(ids(1, 4), 3);
        history.refresh();
        history.open(history.getRuns().get(0));

        assertThat(main.getRows())
                .extracting(r -> r.getState().status())
                .containsExactly(RowStatus.CLEARED, RowStatus.CLEARED, RowStatus.CLEARED, RowStatus.FAILED);
        assertThat(main.reopenedProperty().get()).isTrue();
        assertThat(main.runModeProperty().get()).isEqualTo(ClearMode.CACHE_AND_COOKIES);
        assertThat(main.retryableRows()).extracting(r -> r.getId().value()).containsExactly(4L);

        Path report = journals.resolve("past.json");
        history.exportReport(history.getRuns().get(0), report);
        assertThat(Files.readString(report)).contains("\"FAILED\"").contains("1010");
        assertThat(main.infoProperty().get()).startsWith("Report saved");
    }
}
