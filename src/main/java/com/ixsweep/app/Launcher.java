package com.ixsweep.app;

import com.ixsweep.cli.SweepCli;
import java.util.List;
import java.util.Set;
import javafx.application.Application;

/**
 * The entry point of the jar and the installers. A plain class (not the {@link Application} subclass) so it runs from
 * a class path without module flags. When the first argument names a command it runs the command line; otherwise it
 * opens the window.
 */
public final class Launcher {

    static final Set<String> COMMANDS = Set.of("clear", "import", "list", "simulate", "help", "--help", "-h");

    private Launcher() {}

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.detect();
        // Before the first logger is created: logback.xml writes to this folder.
        System.setProperty("ixsweep.logdir", dirs.logs().toString());
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(SweepCli.run(List.of(args)));
        }
        Application.launch(App.class, args);
    }
}
