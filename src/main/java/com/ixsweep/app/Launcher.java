package com.ixsweep.app;

import com.ixsweep.cli.SweepCli;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point of the jar and the installers. A plain class (not the {@link Application} subclass) so it runs from
 * a class path without module flags. When the first argument is a word rather than an option (a command, or a mistyped
 * one) it runs the command line; otherwise it opens the window.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.detect();
        // Before the first logger is created: logback.xml writes to this folder.
        System.setProperty("ixsweep.logdir", dirs.logs().toString());
        if (SweepCli.handles(List.of(args))) {
            System.exit(SweepCli.run(List.of(args)));
        }
        Application.launch(App.class, args);
    }
}
