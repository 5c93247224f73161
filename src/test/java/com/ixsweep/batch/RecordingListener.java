package com.ixsweep.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event and checks the engine's promises: legal transitions, exactly one final state per ID. */
final class RecordingListener implements ClearListener {

    final Map<ProfileId, List<RowState>> events = new LinkedHashMap<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<String> violations = new ArrayList<>();

    @Override
    public synchronized void stateChanged(ProfileId id, RowState state) {
        List<RowState> list = events.computeIfAbsent(id, k -> new ArrayList<>());
        RowState previous = list.isEmpty() ? RowState.PENDING : list.get(list.size() - 1);
        if (!previous.canBecome(state.status())) {
            violations.add(id + ": " + previous.status() + " -> " + state.status());
        }
        list.add(state);
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }

    synchronized RowState last(ProfileId id) {
        List<RowState> list = events.get(id);
        return list == null ? null : list.get(list.size() - 1);
    }

    synchronized RowStatus status(long id) {
        RowState s = last(ProfileId.of(id));
        return s == null ? null : s.status();
    }

    /** Every distinct ID got exactly one final state, as its last event, and no transition was illegal. */
    synchronized void assertEachEndedOnce(List<ProfileId> ids, RunSummary summary) {
        assertThat(violations).as("illegal transitions").isEmpty();
        assertThat(events.keySet()).containsExactlyElementsOf(new java.util.LinkedHashSet<>(ids));
        events.forEach((id, list) -> {
            assertThat(list.stream().filter(s -> s.status().isFinal()).count())
                    .as("final states of %s: %s", id, list)
                    .isEqualTo(1);
            assertThat(list.get(list.size() - 1).status().isFinal()).isTrue();
            assertThat(list.get(0).status()).isEqualTo(RowStatus.QUEUED);
        });
        assertThat(summary.total()).isEqualTo(events.size());
        Map<ProfileId, RowState> finals = new LinkedHashMap<>();
        events.forEach((id, list) -> finals.put(id, list.get(list.size() - 1)));
        assertThat(summary.finalStates()).containsExactlyEntriesOf(finals);
    }
}
