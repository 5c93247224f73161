package com.ixsweep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepCliTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownCommandIsNamedWithTheCommandsAndExitsTwo() {
        assertThat(SweepCli.handles(List.of("frobnicate"))).isTrue();

        int code = SweepCli.run(List.of("frobnicate", "--ids", "1"), out, err);

        assertThat(code).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err())
                .isEqualToIgnoringNewLines(
                        "unknown command 'frobnicate'; commands: clear, import, list, simulate, help");
        assertThat(out()).isEmpty();
    }

    @Test
    void commandsAndHelpGoToTheCommandLineWindowOptionsToTheWindow() {
        for (String command : List.of("clear", "import", "list", "simulate", "help", "--help", "-h", "Clear")) {
            assertThat(SweepCli.handles(List.of(command))).as(command).isTrue();
        }
        assertThat(SweepCli.handles(List.of())).isFalse();
        assertThat(SweepCli.handles(List.of("--demo"))).isFalse();
        assertThat(SweepCli.handles(List.of("--smoke-test"))).isFalse();
        assertThat(SweepCli.handles(List.of("--api", "http://127.0.0.1:53200"))).isFalse();
        assertThat(SweepCli.handles(List.of("--api=http://127.0.0.1:53200", "--demo")))
                .isFalse();
    }
}
