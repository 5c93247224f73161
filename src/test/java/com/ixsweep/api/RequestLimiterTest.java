package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {

    @Test
    void neverMoreThanThreeInFlightAndOneWriteAtATime() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults()
                .withProfileCount(60)
                .withLatency(Duration.ofMillis(15), Duration.ZERO)
                .withPermissionDeniedAboveConcurrency(3);
        try (LocalApiSimulator sim = new LocalApiSimulator(config);
                IxBrowserClient client = startedClient(sim)) {
            ExecutorService threads = Executors.newFixedThreadPool(10);
            try {
                List<Future<ApiOutcome<?>>> calls = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    long id = i + 1;
                    calls.add(threads.submit(() -> i(id) % 3 == 0
                            ? client.listProfiles(com.ixsweep.api.ProfileQuery.ALL)
                            : client.clear(ClearMode.CACHE, List.of(ProfileId.of(id)))));
                }
                for (Future<ApiOutcome<?>> call : calls) {
                    assertThat(call.get().isOk()).isTrue();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(sim.maxConcurrency()).isBetween(1, 3);
            assertThat(sim.maxConcurrentWrites()).isEqualTo(1);
            assertThat(sim.maxClearCount()).isEqualTo(1);
            assertThat(sim.clearCounts()).hasSize(20);
        }
    }

    private static long i(long id) {
        return id;
    }

    private static IxBrowserClient startedClient(LocalApiSimulator sim) throws java.io.IOException {
        sim.start();
        return TestClients.client(sim.baseUrl());
    }
}
