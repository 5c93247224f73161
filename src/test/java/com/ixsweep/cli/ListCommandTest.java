package com.ixsweep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListCommandTest extends CapturedOutput {

    private LocalApiSimulator sim;

    @BeforeEach
    void start() throws IOException {
        sim = new LocalApiSimulator(
                SimulatorConfig.defaults().withProfileCount(30).withOpenAtStart(1, 1));
        sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void printsATableOfSafeFields() {
        int code = ListCommand.run(List.of("list", "--api", sim.baseUrl()), out, err);

        assertThat(code).isZero();
        assertThat(out())
                .contains("Shop 001")
                .contains("30 profiles")
                .contains("yes")
                .contains("never");
        assertThat(out() + err()).doesNotContain("S3CRET").doesNotContain("10.13.37");
    }

    @Test
    void printsJsonFilteredByGroupTitle() throws IOException {
        int code = ListCommand.run(List.of("--api", sim.baseUrl(), "--group", "shops", "--json"), out, err);

        JsonNode array = new ObjectMapper().readTree(out());
        assertThat(code).isZero();
        assertThat(array).hasSize(6);
        assertThat(array.get(0).get("group_name").asText()).isEqualTo("Shops");
        assertThat(array.get(0).has("password")).isFalse();
        assertThat(out()).doesNotContain("S3CRET");
    }

    @Test
    void filtersByTagId() throws IOException {
        ListCommand.run(List.of("--api", sim.baseUrl(), "--tag", "4", "--json"), out, err);

        JsonNode array = new ObjectMapper().readTree(out());
        assertThat(array).isNotEmpty();
        array.forEach(p -> assertThat(p.get("tag_id").asText()).isEqualTo("4"));
    }

    @Test
    void unknownGroupTitleFails() {
        assertThat(ListCommand.run(List.of("--api", sim.baseUrl(), "--group", "nope"), out, err))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("no group is called \"nope\"");
    }

    @Test
    void notRunningIsReportedPlainly() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(ListCommand.run(List.of("--api", "http://127.0.0.1:" + port), out, err))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("ixBrowser is not running");
    }

    @Test
    void loggedOutOrNoPermissionIsAnOperatorProblemExitingTwo() throws IOException {
        for (SimulatorConfig config : List.of(
                SimulatorConfig.defaults().withLoggedOut(true),
                SimulatorConfig.defaults().withNoPermission(true))) {
            try (LocalApiSimulator refusing = new LocalApiSimulator(config)) {
                refusing.start();
                assertThat(ListCommand.run(List.of("--api", refusing.baseUrl()), out, err))
                        .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
            }
        }
        assertThat(out()).doesNotContain("profiles");
        assertThat(err()).hasLineCount(2);
    }

    @Test
    void badArgumentsShowUsage() {
        assertThat(ListCommand.run(List.of("--bogus"), out, err)).isEqualTo(2);
        assertThat(err()).contains("unknown option: --bogus").contains("usage: list");
        assertThat(ListCommand.run(List.of("--api", "http://10.0.0.5:53200"), out, err))
                .isEqualTo(2);
        assertThat(err()).contains("only to ixBrowser on this computer").contains("Add --allow-remote");
    }
}
