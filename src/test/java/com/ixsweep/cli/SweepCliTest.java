package com.ixsweep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SweepCliTest extends CapturedOutput {

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

    @Test
    void helpListsEveryOptionOfEveryCommand() {
        assertThat(SweepCli.run(List.of("help"), out, err)).isEqualTo(ExitCode.ALL_DONE);

        Map<String, Set<String>> commands = Map.of(
                ClearCommand.USAGE, union(ClearCommand.VALUED, ClearCommand.FLAGS),
                ImportCommand.USAGE, union(ImportCommand.VALUED, ImportCommand.FLAGS),
                ListCommand.USAGE, union(ListCommand.VALUED, ListCommand.FLAGS),
                SimulateCommand.USAGE, union(SimulateCommand.VALUED, SimulateCommand.FLAGS));
        commands.forEach((usage, options) -> {
            assertThat(out()).contains(usage);
            for (String option : options) {
                // a line of the command's option table: the option first (or after its long form), then its words
                assertThat(usage).as(option).containsPattern("(?m)^ +(--[a-z-]+, )?" + option + "(,| [ A-Z])");
            }
        });
        assertThat(out()).contains("Exit codes, the same for every command");
        assertThat(err()).isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void helpForOneCommandShowsItsOwnHelp() {
        assertThat(SweepCli.run(List.of("help", "list"), out, err)).isEqualTo(ExitCode.ALL_DONE);
        assertThat(out()).startsWith("usage: list").doesNotContain("usage: simulate");
        assertThat(SweepCli.run(List.of("help", "frobnicate"), out, err)).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("unknown command 'frobnicate'");
    }
}
