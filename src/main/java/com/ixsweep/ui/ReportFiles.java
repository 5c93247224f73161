package com.ixsweep.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a run report: CSV (opens in Excel) or JSON, with a dated default name. */
final class ReportFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private ReportFiles() {}

    static Optional<Path> chooseTarget(Window owner, ResourceBundle messages, LocalDateTime runTime) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("report.title"));
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(messages.getString("report.csv"), "*.csv");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(messages.getString("report.json"), "*.json");
        chooser.getExtensionFilters().addAll(csv, json);
        chooser.setSelectedExtensionFilter(csv);
        chooser.setInitialFileName("ix-sweep-report-" + STAMP.format(runTime) + ".csv");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        // A name typed without an extension gets the one of the chosen filter.
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            boolean wantsJson = chooser.getSelectedExtensionFilter() == json;
            file = new File(file.getPath() + (wantsJson ? ".json" : ".csv"));
        }
        return Optional.of(file.toPath());
    }
}
