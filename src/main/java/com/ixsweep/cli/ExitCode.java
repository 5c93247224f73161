package com.ixsweep.cli;

/**
 * The exit codes of every command, one scheme for all (README, "Command line"):
 *
 * <ul>
 *   <li>{@link #ALL_DONE} 0: everything asked for was done (every profile cleared, every file read with no row
 *       rejected, the profiles listed, the simulator stopped as asked, help shown);
 *   <li>{@link #SOME_NOT_DONE} 1: the command ran to its end but some of its items were not done: profiles not
 *       cleared, rows of an ID file rejected, files refused by {@code import}; the output and the report say which
 *       and why;
 *   <li>{@link #USAGE_OR_OPERATOR} 2: the command could not do its job: a usage error (unknown command or option,
 *       bad value, an ID file or report file that cannot be used, a declined confirmation) or an operator-level
 *       problem (ixBrowser not running, logged out, no permission, too old; the simulator's port taken).
 * </ul>
 */
public final class ExitCode {

    public static final int ALL_DONE = 0;
    public static final int SOME_NOT_DONE = 1;
    public static final int USAGE_OR_OPERATOR = 2;

    private ExitCode() {}
}
