package com.ixsweep.cli;

import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.LocalApi;
import java.io.PrintStream;
import java.util.List;

/** The command line: {@code clear}, {@code import}, {@code list}, {@code simulate}. Exit codes: {@link ExitCode}. */
public final class SweepCli {

    /** The overview: commands and exit codes. {@code help} adds every command's own help, with every option. */
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: ix-sweep-cli <command> [options]      (help COMMAND, or COMMAND --help, for one command)",
            "",
            "Commands:",
            "  clear     clear cache (and cookies) of profiles:  clear --ids 1,2,3 --mode cache-and-cookies --yes",
            "  import    show what would be taken from ID files:  import FILE... [--json]",
            "  list      list profiles from ixBrowser:  list [--group G] [--tag T] [--json]",
            "  simulate  run the ixBrowser Local API simulator:  simulate [--port P] [--profiles N]",
            "  help      this text and every command's options",
            "",
            "Exit codes, the same for every command:",
            "  0  all done: every profile cleared, every file read with no row rejected, the profiles listed",
            "  1  some not done: profiles not cleared, rows of an ID file rejected, files refused by import",
            "     (the output and the report say which and why)",
            "  2  usage error or operator-level problem, nothing (more) done: unknown command or option, bad value,",
            "     unusable ID or report file, declined confirmation, ixBrowser not running, logged out,",
            "     without permission or too old");

    /** The command words, in the order help names them. */
    static final List<String> COMMANDS = List.of("clear", "import", "list", "simulate", "help");

    private SweepCli() {}

    /**
     * Whether these arguments are for the command line rather than the window: a first word that is not an option (a
     * command, or a mistyped one, which {@link #run} names), or {@code --help} / {@code -h}. The window takes only
     * options ({@code --demo}, {@code --api URL}, {@code --smoke-test}), so those and no arguments start it.
     */
    public static boolean handles(List<String> args) {
        if (args.isEmpty()) {
            return false;
        }
        String first = args.get(0);
        return !first.startsWith("-") || first.equals("--help") || first.equals("-h");
    }

    public static int run(List<String> args) {
        return run(args, System.out, System.err);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return ExitCode.USAGE_OR_OPERATOR;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "clear" -> ClearCommand.run(rest, out, err, SweepCli::client);
            case "import" -> ImportCommand.run(rest, out, err);
            case "list" -> ListCommand.run(rest, out, err);
            case "simulate" -> SimulateCommand.run(rest, out, err);
            case "help", "--help", "-h" -> help(rest, out, err);
            default -> unknownCommand(args.get(0), err);
        };
    }

    /** {@code help}: the overview and every command's help; {@code help COMMAND}: that command's help. */
    private static int help(List<String> topic, PrintStream out, PrintStream err) {
        String command = topic.isEmpty() ? "" : topic.get(0);
        if (command.isEmpty() || command.equals("help")) {
            out.println(USAGE);
            if (command.isEmpty()) {
                for (String c : COMMANDS.subList(0, COMMANDS.size() - 1)) {
                    out.println();
                    out.println(commandUsage(c));
                }
            }
            return ExitCode.ALL_DONE;
        }
        if (!COMMANDS.contains(command)) {
            return unknownCommand(command, err);
        }
        out.println(commandUsage(command));
        return ExitCode.ALL_DONE;
    }

    private static int unknownCommand(String command, PrintStream err) {
        err.println("unknown command '" + command + "'; commands: " + String.join(", ", COMMANDS));
        return ExitCode.USAGE_OR_OPERATOR;
    }

    private static String commandUsage(String command) {
        return switch (command) {
            case "clear" -> ClearCommand.USAGE;
            case "import" -> ImportCommand.USAGE;
            case "list" -> ListCommand.USAGE;
            case "simulate" -> SimulateCommand.USAGE;
            default -> throw new IllegalArgumentException("no such command: " + command);
        };
    }

    private static LocalApi client(ApiSettings settings) {
        return new IxBrowserClient(settings);
    }
}
