package com.ixsweep.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ixsweep.batch.FakeLocalApi.UnknownIds;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RunJournalTest {

    private static final Logger MEASURE = LoggerFactory.getLogger("com.ixsweep.measure.JournalThroughput");

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime();

    private static List<ProfileId> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(ProfileId::of).toList();
    }

    private ClearEngine engine(FakeLocalApi api) {
        return new ClearEngine(api, time, time, Duration.ofSeconds(5), Duration.ofMillis(500));
    }

    @Test
    void aFinishedRunReadsBackWithTheSameCountsAsItsSummary() throws IOException {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 120);
        List<ProfileId> all = new ArrayList<>(ids(1, 120));
        all.add(ProfileId.of(5000));
        ClearRequest request = new ClearRequest(all, ClearMode.CACHE_AND_COOKIES, 25, OpenProfilePolicy.SKIP, false);

        RunSummary summary;
        Path file;
        try (RunJournal journal = RunJournal.start(dir, request)) {
            summary = engine(api).run(request, journal, CancelSignal.NEVER);
            journal.finish(summary);
            file = journal.file();
        }

        assertThat(file.getFileName().toString()).matches("run-\\d{8}-\\d{6}-\\d{3}\\.jsonl");
        RunJournal.Contents contents = RunJournal.read(file);
        assertThat(contents.finished()).isTrue();
        assertThat(contents.mode()).isEqualTo(ClearMode.CACHE_AND_COOKIES);
        assertThat(contents.chunkSize()).isEqualTo(25);
        assertThat(contents.lastStates()).containsExactlyEntriesOf(summary.finalStates());
        assertThat(contents.finalCounts()).isEqualTo(summary.counts());
        assertThat(contents.endCounts()).isEqualTo(summary.counts());
        assertThat(contents.idsToResume()).isEmpty();
        assertThat(contents.resumeRequest()).isEmpty();
        String header = Files.readAllLines(file).get(0);
        assertThat(header).contains("\"mode\":\"cache-and-cookies\"", "\"count\":121", "\"open\":\"SKIP\"");
    }

    @Test
    void theIxBrowserARunTalkedToIsKeptAndAnOldJournalWithoutItReadsAsUnknown() throws IOException {
        ClearRequest request = ClearRequest.of(ids(1, 3), ClearMode.CACHE);
        Path demo;
        try (RunJournal journal =
                RunJournal.start(dir, request, new RunJournal.Target("http://127.0.0.1:40111", true))) {
            demo = journal.file();
        }
        // a journal of an earlier version, from before the address was recorded
        Path old = Files.writeString(
                dir.resolve("run-20261201-100000-000.jsonl"),
                "{\"t\":\"run\",\"version\":1,\"started\":\"2026-12-01T10:00:00Z\",\"mode\":\"cache\","
                        + "\"chunk\":50,\"open\":\"SKIP\",\"dryRun\":false,\"count\":1,\"ids\":[1]}\n");

        assertThat(RunJournal.read(demo).target()).isEqualTo(new RunJournal.Target("http://127.0.0.1:40111", true));
        assertThat(RunJournal.read(old).target()).isEqualTo(RunJournal.Target.UNKNOWN);
    }

    @Test
    void everyLineIsOnDiskAsSoonAsItIsWrittenWithoutClosing() throws IOException {
        ClearRequest request = ClearRequest.of(ids(1, 2), ClearMode.CACHE);
        RunJournal journal = RunJournal.start(dir, request);
        journal.stateChanged(ProfileId.of(1), RowState.of(RowStatus.CLEARED));
        journal.notice("ixBrowser is slow");

        // Read while still open, as after a kill: nothing is waiting in a buffer.
        RunJournal.Contents contents = RunJournal.read(journal.file());

        assertThat(contents.lastStates().get(ProfileId.of(1))).isEqualTo(RowState.of(RowStatus.CLEARED));
        assertThat(contents.notices()).containsExactly("ixBrowser is slow");
        assertThat(journal.healthy()).isTrue();
        journal.close();
    }

    @Test
    void twoJournalsStartedInTheSameMillisecondGetTheirOwnFiles() throws IOException {
        ClearRequest request = ClearRequest.of(ids(1, 3), ClearMode.CACHE);
        try (RunJournal a = RunJournal.start(dir, request, time);
                RunJournal b = RunJournal.start(dir, request, time)) {
            assertThat(a.file()).isNotEqualTo(b.file());
            assertThat(RunJournal.latest(dir)).isPresent();
        }
    }

    @Test
    void messagesAreEscapedAndATornLastLineIsSkipped() throws IOException {
        ClearRequest request = ClearRequest.of(ids(1, 2), ClearMode.CACHE);
        Path file;
        try (RunJournal journal = RunJournal.start(dir, request)) {
            journal.stateChanged(ProfileId.of(1), RowState.failed(1001, "quote \" backslash \\ newline \n é 中"));
            file = journal.file();
        }
        Files.writeString(file, "{\"t\":\"state\",\"id\":2,\"sta", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        RunJournal.Contents contents = RunJournal.read(file);

        assertThat(contents.lastStates().get(ProfileId.of(1)))
                .isEqualTo(RowState.failed(1001, "quote \" backslash \\ newline \n é 中"));
        assertThat(contents.lastStates().get(ProfileId.of(2))).isEqualTo(RowState.PENDING);
        assertThat(contents.skippedLines()).isEqualTo(1);
        assertThat(contents.finished()).isFalse();
        assertThat(contents.idsToResume()).containsExactly(ProfileId.of(1), ProfileId.of(2));
    }

    @Test
    void aFileWithoutHeaderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("run-x.jsonl"), "hello\n");
        assertThatThrownBy(() -> RunJournal.read(file)).isInstanceOf(IOException.class);
    }

    /**
     * The process dies while the third chunk is in flight: the journal holds what was flushed until then (plus a
     * torn line). Resuming from it clears the rest; nobody is cleared twice and every ID ends once.
     */
    @Test
    void aKilledRunResumesWithoutClearingAnyoneTwice() throws IOException {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 400).unknownIds(UnknownIds.FAIL_WHOLE_BATCH);
        List<ProfileId> all = new ArrayList<>(ids(1, 400));
        all.add(17, ProfileId.of(9_999));
        ClearRequest request = new ClearRequest(all, ClearMode.CACHE, 50, OpenProfilePolicy.SKIP, false);
        Path killedCopy = dir.resolve("killed.jsonl");
        RunJournal first = RunJournal.start(dir.resolve("first"), request);
        int killAt = api.calls(FakeLocalApi.Method.CLEAR) + 10 + 1; // first chunk bisects in 10 calls, then chunk 2
        api.beforeClear(n -> {
            if (n == killAt + 1) {
                try {
                    Files.copy(first.file(), killedCopy);
                    Files.writeString(killedCopy, "{\"t\":\"state\",\"id\":", StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        // The "kill": from this call on the fake does nothing (a dead process sends nothing more).
        api.failClearCall(killAt + 1, FakeLocalApi.notRunning());
        engine(api).run(request, first, CancelSignal.NEVER);
        first.close();
        Map<ProfileId, Integer> countsAtKill = new HashMap<>(api.clearCounts());

        RunJournal.Contents killed = RunJournal.read(killedCopy);
        assertThat(killed.finished()).isFalse();
        assertThat(killed.skippedLines()).isEqualTo(1);
        ClearRequest resume = killed.resumeRequest().orElseThrow();
        assertThat(resume.ids()).doesNotContainAnyElementsOf(countsAtKill.keySet());

        RecordingListener second = new RecordingListener();
        RunSummary summary;
        Path secondFile;
        try (RunJournal journal = RunJournal.start(dir.resolve("second"), resume)) {
            summary = engine(api).run(resume, ClearListener.all(journal, second), CancelSignal.NEVER);
            journal.finish(summary);
            secondFile = journal.file();
        }

        second.assertEachEndedOnce(resume.ids(), summary);
        assertThat(api.clearCounts())
                .hasSize(400)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        Map<ProfileId, RowState> merged = new HashMap<>();
        killed.lastStates().forEach((id, s) -> {
            if (s.status().isFinal()) {
                merged.put(id, s);
            }
        });
        summary.finalStates().forEach((id, s) -> assertThat(merged.put(id, s)).isNull());
        assertThat(merged).hasSize(401);
        assertThat(merged.get(ProfileId.of(9_999)).status()).isEqualTo(RowStatus.NOT_FOUND);
        assertThat(merged.values().stream().filter(s -> s.status() == RowStatus.CLEARED))
                .hasSize(400);
        RunJournal.Contents secondContents = RunJournal.read(secondFile);
        assertThat(secondContents.finalCounts()).isEqualTo(summary.counts()).isEqualTo(secondContents.endCounts());
    }

    @Test
    void retryTakesFailedUnconfirmedAndNotAttemptedButNeverCleared() throws IOException {
        ClearRequest request = ClearRequest.of(ids(1, 7), ClearMode.CACHE);
        Path file;
        try (RunJournal journal = RunJournal.start(dir, request)) {
            RowStatus[] finals = {
                RowStatus.CLEARED,
                RowStatus.SKIPPED_OPEN,
                RowStatus.NOT_FOUND,
                RowStatus.FAILED,
                RowStatus.NOT_CONFIRMED,
                RowStatus.NOT_ATTEMPTED
            };
            for (int i = 0; i < finals.length; i++) {
                journal.stateChanged(ProfileId.of(i + 1), RowState.of(RowStatus.QUEUED));
                journal.stateChanged(ProfileId.of(i + 1), RowState.of(finals[i]));
            }
            journal.stateChanged(ProfileId.of(7), RowState.of(RowStatus.RUNNING));
            file = journal.file();
        }

        assertThat(RunJournal.read(file).idsToResume())
                .extracting(ProfileId::value)
                .containsExactly(4L, 5L, 6L, 7L);
    }

    @Test
    void journalWritesKeepUpWithTheEngine() throws IOException {
        int changes = 50_000;
        ClearRequest request = ClearRequest.of(ids(1, 1_000), ClearMode.CACHE);
        long start;
        long elapsed;
        try (RunJournal journal = RunJournal.start(dir, request)) {
            start = System.nanoTime();
            RowState[] states = {
                RowState.of(RowStatus.QUEUED), RowState.of(RowStatus.RUNNING), RowState.of(RowStatus.CLEARED)
            };
            for (int i = 0; i < changes; i++) {
                journal.stateChanged(ProfileId.of(1 + i % 1_000), states[i % 3]);
            }
            elapsed = System.nanoTime() - start;
        }
        double perSecond = changes / (elapsed / 1e9);
        MEASURE.info(
                "Run journal: {} state changes in {} ms = {} per second (flushed per line)",
                changes,
                TimeUnit.NANOSECONDS.toMillis(elapsed),
                Math.round(perSecond));
        // A chunk of 50 makes ~150 changes per request; the API answers a few requests per second at most.
        assertThat(perSecond).isGreaterThan(10_000);
    }

    @Test
    void theJournalHoldsNoProfileFieldsOrUrls() throws IOException {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 10).open(ProfileId.of(2));
        ClearRequest request = new ClearRequest(ids(1, 10), ClearMode.CACHE, 50, OpenProfilePolicy.SKIP, true);
        Path file;
        try (RunJournal journal = RunJournal.start(dir, request)) {
            journal.finish(engine(api).run(request, journal, CancelSignal.NEVER));
            file = journal.file();
        }
        String text = Files.readString(file);
        assertThat(text).doesNotContain("http://", "Profile 1", "password", "proxy");
        assertThat(text).contains("dry run: would clear");
    }

    @Test
    void aRunWhoseResumeHasNothingLeftOffersNoRequest() throws IOException {
        FakeLocalApi api = FakeLocalApi.withProfiles(1, 5);
        ClearRequest request = ClearRequest.of(ids(1, 5), ClearMode.CACHE);
        Path file;
        try (RunJournal journal = RunJournal.start(dir, request)) {
            journal.finish(engine(api).run(request, journal, CancelSignal.NEVER));
            file = journal.file();
        }
        assertThat(RunJournal.read(file).resumeRequest()).isEmpty();
    }
}
