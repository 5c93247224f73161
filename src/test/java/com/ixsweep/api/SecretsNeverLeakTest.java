package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Feeds the client answers full of passwords, proxies, cookies, notes and process details, with DEBUG logging on for
 * everything, and checks that no secret reaches a log line, a returned value, or a description.
 */
class SecretsNeverLeakTest {

    /** Every secret string of the simulator contains this; pid values start with 86753. */
    private static final List<String> MARKERS =
            List.of("S3CRET", "86753", "10.13.37", "203.0.113", "31337", "JBSWY3DP", "chromedriver", "devtools");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        root.setLevel(rootLevel);
    }

    @Test
    void noSecretAppearsInLogsResultsOrDescriptions() throws Exception {
        List<String> produced = new ArrayList<>();
        SimulatorConfig config =
                SimulatorConfig.defaults().withProfileCount(120).withOpenAtStart(3, 2);
        try (LocalApiSimulator sim = new LocalApiSimulator(config)) {
            sim.start();
            try (IxBrowserClient client =
                    TestClients.client(TestClients.settings(sim.baseUrl()).withPageSize(50))) {
                produced.add(client.listProfiles(ProfileQuery.ALL).toString());
                produced.add(client.openProfiles().toString());
                produced.add(client.groups().toString());
                produced.add(client.tags().toString());
                produced.add(client.clear(ClearMode.CACHE_AND_COOKIES, List.of(ProfileId.of(10), ProfileId.of(11)))
                        .toString());
                produced.add(client.closeProfiles(List.of(ProfileId.of(1), ProfileId.of(4)))
                        .toString());
                produced.add(client.testConnection().toString());
                produced.add(client.settings().toString());
                produced.add(client.toString());
            }
        }

        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list)
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("profile-list <- HTTP 200"));
        for (ILoggingEvent event : appender.list) {
            produced.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                produced.add(event.getThrowableProxy().getMessage());
            }
        }
        for (String text : produced) {
            for (String marker : MARKERS) {
                assertThat(text).as("output must not contain %s", marker).doesNotContain(marker);
            }
        }
    }

    @Test
    void redactorMasksSensitiveKeysAtAnyDepthAndInBrokenJson() {
        String json = "{\"data\":{\"data\":[{\"profile_id\":1,\"password\":\"S3CRET-pw-123\",\"proxy_port\":31337,"
                + "\"cookie\":[{\"v\":\"S3CRET\"}],\"name\":\"Shop\"}]}}";

        String redacted = Redactor.redact(json);
        String truncated = Redactor.redact(json.substring(0, 90));
        String cutInsideNested = Redactor.redact("{\"note\":\"S3CRET\",\"cookie\":[{\"v\":\"S3CRET\"}");

        assertThat(redacted)
                .contains("\"name\":\"Shop\"")
                .contains("\"profile_id\":1")
                .doesNotContain("S3CRET");
        assertThat(redacted).doesNotContain("31337");
        assertThat(truncated).doesNotContain("S3CRET").doesNotContain("31337");
        assertThat(cutInsideNested).doesNotContain("S3CRET");
    }
}
