package com.ixsweep.viewmodel;

import com.ixsweep.batch.RunJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Past runs, read from the journal folder: listed for the History view, reopened into the main table, exported as
 * reports, and the last run flagged when the app stopped in the middle of it. Reading happens in the background;
 * every public method is called on the FX thread.
 */
public final class HistoryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);

    /** How many of the newest runs the History view lists. */
    static final int LIMIT = 100;

    private final Path folder;
    private final MainViewModel main;
    private final Executor background;
    private final Executor uiExecutor;
    private final ObservableList<PastRun> runs = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<PastRun> interrupted = new SimpleObjectProperty<>(this, "interrupted");

    public HistoryViewModel(Path folder, MainViewModel main, Executor background, Executor uiExecutor) {
        this.folder = folder;
        this.main = main;
        this.background = background;
        this.uiExecutor = uiExecutor;
    }

    /** Reads the newest runs' journals again. Unreadable journals are left out and counted in {@link #problem}. */
    public void refresh() {
        loading.set(true);
        background.execute(() -> {
            List<PastRun> found = new ArrayList<>();
            int unreadable = 0;
            for (Path file : newestJournals(LIMIT)) {
                try {
                    found.add(PastRun.of(RunJournal.read(file)));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping an unreadable run journal {}", file, e);
                    unreadable++;
                }
            }
            int skipped = unreadable;
            uiExecutor.execute(() -> {
                runs.setAll(found);
                problem.set(skipped == 0 ? "" : skipped + " run journals could not be read (see the log) in " + folder);
                loading.set(false);
            });
        });
    }

    /** Looks at the newest journal once: if the app stopped before that run ended, {@link #interrupted} says so. */
    public void checkLastRun() {
        background.execute(() -> {
            List<Path> newest = newestJournals(1);
            if (newest.isEmpty()) {
                return;
            }
            try {
                PastRun last = PastRun.of(RunJournal.read(newest.get(0)));
                if (!last.finished() && !last.dryRun()) {
                    uiExecutor.execute(() -> interrupted.set(last));
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not read the last run journal {}", newest.get(0), e);
            }
        });
    }

    /** Brings this run's results into the main table, where Retry failed resumes it. */
    public void open(PastRun run) {
        readThen(run, contents -> {
            main.openRun(contents);
            if (run.equals(interrupted.get())) {
                interrupted.set(null);
            }
        });
    }

    /** Writes this run's report (CSV or JSON by extension) in the background. */
    public void exportReport(PastRun run, Path file) {
        readThen(run, contents -> main.exportReport(main.reportOf(contents), file));
    }

    public void dismissInterrupted() {
        interrupted.set(null);
    }

    private void readThen(PastRun run, java.util.function.Consumer<RunJournal.Contents> onFx) {
        background.execute(() -> {
            try {
                RunJournal.Contents contents = RunJournal.read(run.file());
                uiExecutor.execute(() -> onFx.accept(contents));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not read the run journal {}", run.file(), e);
                uiExecutor.execute(
                        () -> problem.set(main.notices().text("history.unreadable", run.file(), e.getMessage())));
            }
        });
    }

    private List<Path> newestJournals(int limit) {
        try {
            return RunJournal.newest(folder, limit);
        } catch (IOException e) {
            LOG.warn("Could not list the run journals in {}", folder, e);
            return List.of();
        }
    }

    public ObservableList<PastRun> getRuns() {
        return runs;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<PastRun> interruptedProperty() {
        return interrupted;
    }

    public Path getFolder() {
        return folder;
    }
}
