package com.ixsweep.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command printed: its stdout and stderr, caught for the assertions of a command's test. */
abstract class CapturedOutput {

    protected final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    protected final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    protected final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    protected String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    protected String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }
}
