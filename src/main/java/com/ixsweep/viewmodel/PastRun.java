package com.ixsweep.viewmodel;

import com.ixsweep.batch.RunJournal;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.RowStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One past run as the History view lists it: a few figures from its journal, not its rows (a list of many 100,000-row
 * runs must stay small in memory).
 *
 * @param counts final results per status; profiles the run never answered are counted as Not attempted
 * @param finished false when the app stopped before the run's end line was written (killed, crashed)
 */
public record PastRun(
        Path file,
        Instant started,
        ClearMode mode,
        boolean dryRun,
        int profiles,
        Map<RowStatus, Integer> counts,
        boolean finished,
        int retryable,
        RunJournal.Target target) {

    public PastRun {
        counts = Map.copyOf(counts);
    }

    static PastRun of(RunJournal.Contents run) {
        Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
        run.lastStates().values().forEach(state -> {
            RowStatus status = state.status().isFinal() ? state.status() : RowStatus.NOT_ATTEMPTED;
            counts.merge(status, 1, Integer::sum);
        });
        return new PastRun(
                run.file(),
                run.started(),
                run.mode(),
                run.dryRun(),
                run.lastStates().size(),
                counts,
                run.finished(),
                run.dryRun() ? 0 : run.idsToResume().size(),
                run.target());
    }

    public int count(RowStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** Profiles that did not end Cleared. */
    public int notCleared() {
        return profiles - count(RowStatus.CLEARED);
    }
}
