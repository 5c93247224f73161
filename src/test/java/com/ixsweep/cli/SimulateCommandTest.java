package com.ixsweep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimulateCommandTest extends CapturedOutput {

    @Test
    void printsItsUrlAndStopsWhenInputCloses() {
        int code = SimulateCommand.run(
                List.of("simulate", "--port", "0", "--profiles", "12", "--open", "2"),
                out,
                err,
                new ByteArrayInputStream(new byte[0]));

        assertThat(code).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8))
                .containsPattern("Simulated ixBrowser Local API at http://127\\.0\\.0\\.1:\\d+ with 12 profiles")
                .contains("(2 open)")
                .contains("Stopped after 0 requests.");
    }

    @Test
    void servesRequestsUntilStopped() throws Exception {
        PipedOutputStream keepOpen = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keepOpen);
        AtomicInteger exit = new AtomicInteger(-1);
        Thread runner = new Thread(() -> exit.set(SimulateCommand.run(
                List.of("--port", "0", "--profiles", "5", "--unknown-id", "omit"), out, err, stdin)));
        runner.start();
        String url = waitForUrl();

        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + "/api/v2/profile-clear-cache"))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"profile_id\":[1,99]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        keepOpen.close();
        runner.join(5000);

        assertThat(answer.body()).contains("\"data\":[1]");
        assertThat(runner.isAlive()).isFalse();
        assertThat(exit).hasValue(0);
    }

    private String waitForUrl() throws InterruptedException {
        Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");
        for (int i = 0; i < 500; i++) {
            Matcher m = url.matcher(outBytes.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no URL printed: " + outBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badArgumentsShowUsage() throws IOException {
        int code = SimulateCommand.run(
                List.of("--unknown-id", "sometimes"), out, err, new ByteArrayInputStream(new byte[0]));

        assertThat(code).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("--unknown-id must be fail-batch or omit")
                .contains("usage: simulate");
    }

    @Test
    void busyPortIsReported() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int code = SimulateCommand.run(
                    List.of("--port", Integer.toString(taken.getLocalPort())),
                    out,
                    err,
                    new ByteArrayInputStream(new byte[0]));

            assertThat(code).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
            assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("cannot listen");
        }
    }
}
