package com.ixsweep.viewmodel;

import com.ixsweep.api.ApiOutcome;
import com.ixsweep.api.ConnectionCheck;
import com.ixsweep.api.LocalApi;
import com.ixsweep.api.ProfileQuery;
import com.ixsweep.batch.ClearEngine;
import com.ixsweep.batch.ClearListener;
import com.ixsweep.batch.ClearRequest;
import com.ixsweep.batch.OpenProfilePolicy;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.batch.RunReport;
import com.ixsweep.batch.RunSummary;
import com.ixsweep.importer.ColumnChoice;
import com.ixsweep.importer.IdImporter;
import com.ixsweep.importer.ImportException;
import com.ixsweep.importer.ImportResult;
import com.ixsweep.importer.RejectedRowsExport;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the main window. Every public method is called on the FX thread; slow work (network,
 * files) runs on the background executor and comes back through the UI executor; clearing runs on
 * {@link ClearService}. Worker threads never touch rows: their updates pass through {@link RowUpdateCoalescer}.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final RowState QUEUED = RowState.of(RowStatus.QUEUED);
    private static final int QUEUE_SLICE = 10_000;
    /** The source name of IDs pasted or typed in, which the view words in its language. */
    public static final String PASTED_TEXT = "pasted text";

    private final ApiConnector connector;
    private final Function<LocalApi, ClearEngine> engineFactory;
    private final IdImporter importer;
    private final Executor background;
    private final Executor uiExecutor;
    private final LongSupplier clockMillis;

    private final ObservableList<ProfileRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<ProfileRowViewModel> shownRows = new FilteredList<>(rows, r -> true);
    private final Map<ProfileId, ProfileRowViewModel> rowsById = new HashMap<>();

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<StatusFilter> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", StatusFilter.ALL);
    private final StringProperty groupFilter = new SimpleStringProperty(this, "groupFilter", "");
    private final StringProperty tagFilter = new SimpleStringProperty(this, "tagFilter", "");
    private final BooleanProperty openOnly = new SimpleBooleanProperty(this, "openOnly", false);
    private final ObservableList<String> groupNames = FXCollections.observableArrayList();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final ObservableList<ProfileRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> groupNamesView = FXCollections.unmodifiableObservableList(groupNames);
    private final ObservableList<String> tagNamesView = FXCollections.unmodifiableObservableList(tagNames);
    private final IntegerProperty selectedCount = new SimpleIntegerProperty(this, "selectedCount", 0);
    private final StatusCounts counts = new StatusCounts();

    private final ObjectProperty<ConnectionState> connectionState =
            new SimpleObjectProperty<>(this, "connectionState", ConnectionState.CHECKING);
    private final StringProperty connectionMessage = new SimpleStringProperty(this, "connectionMessage", "");
    private final ObjectProperty<ConnectionCheck.Status> connectionProblem =
            new SimpleObjectProperty<>(this, "connectionProblem");
    private final StringProperty apiUrl = new SimpleStringProperty(this, "apiUrl", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final IntegerProperty loadedCount = new SimpleIntegerProperty(this, "loadedCount", 0);
    private final LongProperty loadTotal = new SimpleLongProperty(this, "loadTotal", -1);
    private volatile boolean loadStopRequested;
    /** Page progress from the loading thread: latest figures, and at most one UI update pending. */
    private final AtomicReference<LoadProgress> loadProgress = new AtomicReference<>();

    private final AtomicBoolean loadProgressQueued = new AtomicBoolean();
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ObservableList<ColumnQuestion> columnQuestions = FXCollections.observableArrayList();
    private final ObjectProperty<ImportResult> lastImport = new SimpleObjectProperty<>(this, "lastImport");

    private final ClearService clearService = new ClearService();
    private final RowUpdateCoalescer coalescer;
    private final ObjectProperty<ClearMode> runMode = new SimpleObjectProperty<>(this, "runMode");
    private final IntegerProperty runTotal = new SimpleIntegerProperty(this, "runTotal", 0);
    private final IntegerProperty runFinished = new SimpleIntegerProperty(this, "runFinished", 0);
    /** Rows of this run with a final state; {@link #runFinished} follows it in {@link #publishCounts()}. */
    private int finishedInRun;

    private final LongProperty etaSeconds = new SimpleLongProperty(this, "etaSeconds", -1);
    private final BooleanProperty stopping = new SimpleBooleanProperty(this, "stopping", false);
    private final ObjectProperty<RunSummary> lastSummary = new SimpleObjectProperty<>(this, "lastSummary");
    private final ObjectProperty<OpenProfilePolicy> openPolicy =
            new SimpleObjectProperty<>(this, "openPolicy", OpenProfilePolicy.SKIP);
    private final IntegerProperty chunkSize = new SimpleIntegerProperty(this, "chunkSize", ClearRequest.DEFAULT_CHUNK);
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final StringProperty info = new SimpleStringProperty(this, "info", "");
    private final Path journalFolder;
    private final BooleanProperty reopened = new SimpleBooleanProperty(this, "reopened", false);
    /** The running run's journal; opened on the worker as the run begins, finished and closed on the FX thread. */
    private volatile RunJournal journal;

    private List<ProfileId> lastRunIds = List.of();
    private long runStartedMillis;

    private LocalApi api;
    /** The address whose profiles the rows' names and results describe. */
    private String rowsSource;

    private volatile Notices notices = Notices.english();

    private final BooleanBinding running;
    private final BooleanBinding canClear;
    private final IntegerBinding targetCount;

    /** Without a run journal: for tests and benchmarks. */
    public MainViewModel(
            ApiConnector connector,
            Function<LocalApi, ClearEngine> engineFactory,
            IdImporter importer,
            Executor background,
            Executor uiExecutor,
            LongSupplier clockMillis) {
        this(connector, engineFactory, importer, background, uiExecutor, clockMillis, null);
    }

    /**
     * @param journalFolder where each run's journal is written (see {@link RunJournal}); null for none
     */
    public MainViewModel(
            ApiConnector connector,
            Function<LocalApi, ClearEngine> engineFactory,
            IdImporter importer,
            Executor background,
            Executor uiExecutor,
            LongSupplier clockMillis,
            Path journalFolder) {
        this.journalFolder = journalFolder;
        this.connector = connector;
        this.engineFactory = engineFactory;
        this.importer = importer;
        this.background = background;
        this.uiExecutor = uiExecutor;
        this.clockMillis = clockMillis;
        this.coalescer = new RowUpdateCoalescer(uiExecutor, this::applyRowState, () -> {
            publishCounts();
            updateEta();
        });
        clearService.setExecutor(background);
        clearService.setOnSucceeded(e -> runEnded((RunSummary) e.getSource().getValue(), ""));
        clearService.setOnFailed(e -> runEnded(null, describe(clearService.getException())));
        running = Bindings.createBooleanBinding(clearService::isRunning, clearService.runningProperty());
        targetCount = Bindings.createIntegerBinding(
                () -> selectedCount.get() > 0 ? selectedCount.get() : rows.size(), selectedCount, rows);
        canClear = running.not()
                .and(targetCount.greaterThan(0))
                .and(Bindings.createBooleanBinding(
                        () -> connectionState.get() == ConnectionState.CONNECTED
                                || connectionState.get() == ConnectionState.DEMO,
                        connectionState));
        searchText.addListener(obs -> refilter());
        statusFilter.addListener(obs -> refilter());
        groupFilter.addListener(obs -> refilter());
        tagFilter.addListener(obs -> refilter());
        openOnly.addListener(obs -> refilter());
    }

    /** Applies search and filters again; also after a run, since rows moved between statuses. */
    private void refilter() {
        var search = SearchFilter.of(searchText.get());
        StatusFilter status = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        String group = groupFilter.get() == null ? "" : groupFilter.get();
        String tag = tagFilter.get() == null ? "" : tagFilter.get();
        boolean onlyOpen = openOnly.get();
        shownRows.setPredicate(row -> status.accepts(row.getState().status())
                && (group.isEmpty() || group.equals(row.groupNameProperty().get()))
                && (tag.isEmpty() || tag.equals(row.tagNameProperty().get()))
                && (!onlyOpen || row.openProperty().get())
                && search.test(row));
    }

    private void refreshFilterChoices() {
        java.util.TreeSet<String> groups = new java.util.TreeSet<>();
        java.util.TreeSet<String> tags = new java.util.TreeSet<>();
        for (ProfileRowViewModel row : rows) {
            groups.add(row.groupNameProperty().get());
            tags.add(row.tagNameProperty().get());
        }
        groups.remove("");
        tags.remove("");
        groupNames.setAll(groups);
        tagNames.setAll(tags);
    }

    // ---- connection ------------------------------------------------------------------------------------------

    /** Connects to ixBrowser at this URL, tests the connection and, when it answers, loads the profile list. */
    public void connect(String baseUrl) {
        apiUrl.set(baseUrl);
        connectionState.set(ConnectionState.CHECKING);
        connectionMessage.set("");
        connectionProblem.set(null);
        background.execute(() -> {
            LocalApi candidate;
            try {
                candidate = connector.connect(baseUrl);
            } catch (IllegalArgumentException e) {
                uiExecutor.execute(() -> connectionFailed(ConnectionState.PROBLEM, e.getMessage()));
                return;
            }
            ConnectionCheck check = candidate.testConnection();
            uiExecutor.execute(() -> {
                if (check.ok()) {
                    useApi(candidate, ConnectionState.CONNECTED, check.message());
                } else {
                    ConnectionState state = check.status() == ConnectionCheck.Status.NOT_REACHABLE
                            ? ConnectionState.NOT_REACHABLE
                            : ConnectionState.PROBLEM;
                    connectionFailed(state, check.message());
                    connectionProblem.set(check.status());
                }
            });
        });
    }

    /** Starts the built-in simulator and loads its profiles: the whole job without ixBrowser. */
    public void startDemo() {
        connectionState.set(ConnectionState.CHECKING);
        background.execute(() -> {
            LocalApi demo;
            try {
                demo = connector.startDemo();
            } catch (RuntimeException e) {
                LOG.error("The demo could not start", e);
                uiExecutor.execute(() -> connectionFailed(ConnectionState.PROBLEM, e.getMessage()));
                return;
            }
            uiExecutor.execute(() -> {
                apiUrl.set(demo.baseUrl());
                useApi(demo, ConnectionState.DEMO, notices.text("demo.connected"));
            });
        });
    }

    private void useApi(LocalApi newApi, ConnectionState state, String message) {
        if (rowsSource != null && !rowsSource.equals(newApi.baseUrl()) && !rows.isEmpty()) {
            forgetRowsOf(rowsSource);
        }
        rowsSource = newApi.baseUrl();
        api = newApi;
        connectionState.set(state);
        connectionMessage.set(message);
        loadProfiles();
    }

    private void connectionFailed(ConnectionState state, String message) {
        api = null;
        connectionState.set(state);
        connectionMessage.set(message);
    }

    // ---- rows --------------------------------------------------------------------------------------------------

    /** Loads every profile from ixBrowser; rows already there keep their state and selection. */
    public void loadProfiles() {
        LocalApi source = api;
        if (source == null || loading.get()) {
            return;
        }
        loading.set(true);
        loadStopRequested = false;
        loadedCount.set(0);
        loadTotal.set(-1);
        background.execute(() -> {
            ApiOutcome<List<Profile>> listed = source.listProfiles(ProfileQuery.ALL, (loaded, total) -> {
                reportLoadProgress(loaded, total);
                return !loadStopRequested;
            });
            boolean stopped = loadStopRequested;
            ApiOutcome<Set<ProfileId>> open = source.openProfiles();
            uiExecutor.execute(() -> {
                if (listed instanceof ApiOutcome.Ok<List<Profile>> ok) {
                    Set<ProfileId> openIds = open instanceof ApiOutcome.Ok<Set<ProfileId>> o ? o.data() : Set.of();
                    mergeProfiles(ok.data(), openIds);
                    if (stopped) {
                        info.set(notices.text("load.stopped", ok.data().size()));
                    }
                } else {
                    notice.set(notices.text("load.failed", listed.describe()));
                }
                loading.set(false); // last: whoever sees loading end sees the rows in
            });
        });
    }

    /** Called on the loading thread after each page; the UI hears the latest figures once per pulse at most. */
    private void reportLoadProgress(int loaded, long total) {
        // both figures in one value, so the UI never pairs a new count with an old total
        loadProgress.set(new LoadProgress(loaded, total));
        if (loadProgressQueued.compareAndSet(false, true)) {
            uiExecutor.execute(() -> {
                loadProgressQueued.set(false);
                LoadProgress latest = loadProgress.get();
                loadedCount.set(latest.loaded());
                loadTotal.set(latest.total());
            });
        }
    }

    private record LoadProgress(int loaded, long total) {}

    private void mergeProfiles(List<Profile> profiles, Set<ProfileId> openIds) {
        List<ProfileRowViewModel> added = new ArrayList<>();
        for (Profile p : profiles) {
            Profile withOpen = p.withOpen(p.open() || openIds.contains(p.id()));
            ProfileRowViewModel row = rowsById.get(p.id());
            if (row == null) {
                added.add(newRow(ProfileRowViewModel.of(withOpen)));
            } else {
                row.update(withOpen);
            }
        }
        addRows(added);
        refreshFilterChoices();
        refilter();
    }

    /** Adds IDs typed or pasted as text (one per line, or separated by commas, semicolons or spaces). */
    public void addIdsFromText(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        runImport(choice -> importer.importText(text, PASTED_TEXT, choice));
    }

    /** Imports ID lists from files (CSV, TSV, TXT, XLSX) in the background and merges them into the table. */
    public void importFiles(List<Path> files) {
        for (Path file : List.copyOf(files)) {
            runImport(choice -> importer.importFile(file, choice));
        }
    }

    /** One import, repeatable with another column when the first guess was not certain. */
    interface ImportJob {
        ImportResult run(ColumnChoice choice) throws ImportException;
    }

    private void runImport(ImportJob job) {
        runImport(job, ColumnChoice.AUTO);
    }

    private void runImport(ImportJob job, ColumnChoice choice) {
        background.execute(() -> {
            try {
                ImportResult result = job.run(choice);
                uiExecutor.execute(() -> {
                    if (result.columnAmbiguous() && result.candidates().size() > 1) {
                        columnQuestions.add(new ColumnQuestion(result, job));
                    } else {
                        merge(result);
                    }
                });
            } catch (ImportException e) {
                uiExecutor.execute(() -> notice.set(e.getMessage()));
            }
        });
    }

    private void merge(ImportResult result) {
        addIds(result.ids());
        lastImport.set(result);
        refilter();
    }

    /**
     * The operator's answer to a {@link ColumnQuestion}: the IDs of this column are imported (the first guess at
     * once, another column by reading the input again); a negative index imports nothing from that input.
     */
    public void answerColumn(ColumnQuestion question, int columnIndex) {
        if (!columnQuestions.remove(question)) {
            return;
        }
        ImportResult guess = question.guess();
        if (columnIndex < 0) {
            info.set(notices.text("import.nothing", guess.source()));
        } else if (columnIndex == guess.columnIndex()) {
            merge(guess);
        } else {
            runImport(question.job(), ColumnChoice.column(columnIndex));
        }
    }

    /** Merges these IDs into the table: existing rows keep name and state, new ones start unknown. */
    public void addIds(List<ProfileId> ids) {
        List<ProfileRowViewModel> added = new ArrayList<>();
        for (ProfileId id : ids) {
            if (!rowsById.containsKey(id)) {
                added.add(newRow(new ProfileRowViewModel(id)));
            }
        }
        addRows(added);
    }

    private ProfileRowViewModel newRow(ProfileRowViewModel row) {
        rowsById.put(row.getId(), row);
        row.selectedProperty().addListener((obs, was, is) -> selectedCount.set(selectedCount.get() + (is ? 1 : -1)));
        counts.add(row.getState().status(), 1);
        return row;
    }

    private void addRows(List<ProfileRowViewModel> added) {
        if (!added.isEmpty()) {
            rows.addAll(added); // one change event, however many rows
            publishCounts();
        }
    }

    /**
     * Another ixBrowser (or the demo) is a different set of profiles: names and results seen at the old address say
     * nothing about the new one. The IDs stay, with their ticks, as unknown rows until the new list is loaded.
     */
    private void forgetRowsOf(String oldSource) {
        List<ProfileRowViewModel> kept = new ArrayList<>(rows.size());
        List<ProfileRowViewModel> old = List.copyOf(rows);
        clearTable();
        for (ProfileRowViewModel row : old) {
            ProfileRowViewModel fresh = newRow(new ProfileRowViewModel(row.getId()));
            fresh.setSelected(row.isSelected());
            kept.add(fresh);
        }
        rows.setAll(kept);
        publishCounts();
        lastSummary.set(null);
        runMode.set(null);
        info.set(notices.text("rows.otherSource", oldSource, kept.size()));
        refreshFilterChoices();
    }

    /** Removes every row (not allowed while a run is going). */
    public void clearTable() {
        if (isRunning()) {
            return;
        }
        rows.clear();
        rowsById.clear();
        selectedCount.set(0);
        for (RowStatus s : RowStatus.values()) {
            counts.add(s, -counts.get(s));
        }
        publishCounts();
    }

    /** Ticks every shown row. */
    public void selectAllShown() {
        shownRows.forEach(r -> r.setSelected(true));
    }

    /** Unticks every row, shown or not. */
    public void selectNone() {
        rows.forEach(r -> r.setSelected(false));
    }

    /** Flips the tick of every shown row. */
    public void invertShown() {
        shownRows.forEach(r -> r.setSelected(!r.isSelected()));
    }

    // ---- clearing ---------------------------------------------------------------------------------------------

    /** The rows a clear acts on now: the ticked ones, or all rows when none is ticked; in table order. */
    public List<ProfileRowViewModel> targets() {
        if (selectedCount.get() == 0) {
            return List.copyOf(rows); // all rows: one array copy, not a filtering pass over 100,000 rows
        }
        return rows.stream().filter(ProfileRowViewModel::isSelected).toList();
    }

    /** Starts clearing the {@link #targets()} in this mode. The View has already asked for confirmation. */
    public void clear(ClearMode mode) {
        clear(mode, openPolicy.get(), false);
    }

    /**
     * Starts clearing the {@link #targets()} with the choices of the confirmation: how to treat open profiles, and
     * whether this is only a dry run (reads, a plan per row, nothing cleared).
     */
    public void clear(ClearMode mode, OpenProfilePolicy policy, boolean dryRun) {
        startRun(mode, targets(), policy, dryRun);
    }

    /**
     * Runs the last real run's mode again on rows whose last result can be retried (failed, not confirmed, not
     * attempted), with the choices of the confirmation. Nothing to repeat after a dry run: see {@link #runModeProperty()}.
     */
    public void retryFailed(OpenProfilePolicy policy, boolean dryRun) {
        ClearMode mode = runMode.get();
        if (mode == null) {
            return;
        }
        startRun(mode, retryableRows(), policy, dryRun);
    }

    /** Rows whose result can be retried. */
    public List<ProfileRowViewModel> retryableRows() {
        return rows.stream().filter(r -> r.getState().status().isRetryable()).toList();
    }

    private void startRun(
            ClearMode mode, List<ProfileRowViewModel> targetRows, OpenProfilePolicy policy, boolean dryRun) {
        if (isRunning() || api == null || targetRows.isEmpty()) {
            return;
        }
        coalescer.drain(); // leftovers of a previous run must not land on this one
        List<ProfileId> ids = new ArrayList<>(targetRows.size());
        for (ProfileRowViewModel row : targetRows) {
            ids.add(row.getId());
        }
        ClearRequest request = new ClearRequest(ids, mode, chunkSize.get(), policy, dryRun);
        // What Retry failed repeats. After a dry run, nothing: its rows are a plan, not failures to clear again.
        runMode.set(dryRun ? null : mode);
        lastRunIds = List.copyOf(ids);
        reopened.set(false);
        info.set("");
        runTotal.set(ids.size());
        finishedInRun = 0;
        etaSeconds.set(-1);
        stopping.set(false);
        notice.set("");
        lastSummary.set(null);
        runStartedMillis = clockMillis.getAsLong();
        LOG.info("Clearing {} profiles, mode {}, open profiles {}", ids.size(), mode.cliName(), request.openPolicy());
        ClearListener toRows = new ClearListener() {
            @Override
            public void stateChanged(ProfileId id, RowState state) {
                coalescer.submit(id, state);
            }

            @Override
            public void notice(String message) {
                uiExecutor.execute(() -> notice.set(message));
            }
        };
        // The engine starts once every row shows Queued (the rows are queued in slices, see queueRows), so no state
        // of this run can land on a row that has not been queued yet. The journal is opened on the worker (a new file
        // and every ID written: no FX-thread work for 100,000 rows); it hears each state first: once a row shows a
        // result, that result is on disk.
        CountDownLatch allQueued = new CountDownLatch(1);
        RunJournal.Target target = new RunJournal.Target(api.baseUrl(), connectionState.get() == ConnectionState.DEMO);
        clearService.prepare(engineFactory.apply(api), request, () -> {
            try {
                allQueued.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the engine sees it and stops at once
            }
            RunJournal opened = openJournal(request, target);
            journal = opened;
            return opened == null ? toRows : ClearListener.all(opened, toRows);
        });
        clearService.restart(); // running from here on: the buttons and stop() treat the slices as part of the run
        queueRows(targetRows, 0, allQueued);
    }

    /**
     * Shows the run's rows as Queued, {@value #QUEUE_SLICE} rows per UI call: marking 100,000 rows at once held the
     * FX thread about 40 ms, all of a 50 ms budget.
     */
    private void queueRows(List<ProfileRowViewModel> targetRows, int from, CountDownLatch allQueued) {
        int to = Math.min(targetRows.size(), from + QUEUE_SLICE);
        for (int i = from; i < to; i++) {
            applyRowState(targetRows.get(i), QUEUED);
        }
        publishCounts();
        if (to < targetRows.size()) {
            uiExecutor.execute(() -> queueRows(targetRows, to, allQueued));
        } else {
            allQueued.countDown();
        }
    }

    /** On the run's worker thread. */
    private RunJournal openJournal(ClearRequest request, RunJournal.Target target) {
        if (journalFolder == null) {
            return null;
        }
        try {
            return RunJournal.start(journalFolder, request, target);
        } catch (IOException e) {
            LOG.warn("Could not start the run journal in {}", journalFolder, e);
            String message = notices.text("journal.failed", journalFolder, e.getMessage());
            uiExecutor.execute(() -> notice.set(message));
            return null;
        }
    }

    /** Stops what is going on: a run (unsent rows end Not attempted) or loading the profile list (after this page). */
    public void stop() {
        if (loading.get()) {
            loadStopRequested = true;
        }
        if (isRunning()) {
            stopping.set(true);
            clearService.requestStop();
        }
    }

    private void runEnded(RunSummary summary, String failure) {
        coalescer.drain();
        stopping.set(false);
        etaSeconds.set(-1);
        if (!failure.isEmpty()) {
            // The engine itself broke: no row may stay queued or running silently.
            for (ProfileRowViewModel row : rows) {
                if (!row.getState().status().isFinal()) {
                    RowState notAttempted = RowState.of(RowStatus.NOT_ATTEMPTED, failure);
                    applyRowState(row, notAttempted);
                    if (journal != null) {
                        journal.stateChanged(row.getId(), notAttempted);
                    }
                }
            }
            notice.set(failure);
        }
        publishCounts();
        closeJournal(summary);
        lastSummary.set(summary);
        refilter();
        if (summary != null) {
            LOG.info(
                    "Run ended: {} in {} ms, {} requests{}",
                    summary.counts(),
                    summary.duration().toMillis(),
                    summary.requests(),
                    summary.stopReason().isEmpty() ? "" : ", stopped: " + summary.stopReason());
        }
    }

    private void closeJournal(RunSummary summary) {
        if (journal == null) {
            return;
        }
        if (summary != null) {
            journal.finish(summary);
        }
        journal.close();
        journal = null;
    }

    // ---- reports and past runs -------------------------------------------------------------------------------

    /** The last run's rows with their current state and name, in the order they were sent; empty before a run. */
    public RunReport reportOfLastRun() {
        Map<ProfileId, RowState> states = new LinkedHashMap<>();
        Map<ProfileId, String> names = new HashMap<>();
        for (ProfileId id : lastRunIds) {
            ProfileRowViewModel row = rowsById.get(id);
            if (row != null) {
                states.put(id, row.getState());
                names.put(id, row.getName());
            }
        }
        return RunReport.of(states, names);
    }

    /**
     * Writes the last run's report to this file in the background: CSV (opens right in Excel) or JSON by the
     * file's extension. Success and failure both end in a message the operator sees.
     */
    public void exportReport(Path file) {
        exportReport(reportOfLastRun(), file);
    }

    /** Writes this report (e.g. of a past run) in the background; see {@link #exportReport(Path)}. */
    public void exportReport(RunReport report, Path file) {
        background.execute(() -> {
            try {
                report.write(file);
                LOG.info("Report of {} profiles written to {}", report.rows().size(), file);
                uiExecutor.execute(() -> info.set(notices.text("report.saved", file)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not write the report {}", file, e);
                uiExecutor.execute(() -> notice.set(notices.text("report.failed", file, e.getMessage())));
            }
        });
    }

    /** Writes the rows an import left out (row, text, reason) as CSV in the background, for fixing the file. */
    public void exportRejectedRows(ImportResult result, Path file) {
        background.execute(() -> {
            try {
                RejectedRowsExport.write(result, file);
                uiExecutor.execute(() -> info.set(notices.text("rejected.saved", file)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not write the rejected rows to {}", file, e);
                uiExecutor.execute(() -> notice.set(notices.text("rejected.failed", file, e.getMessage())));
            }
        });
    }

    /** Says that the settings file could not be read, so defaults are in use, and where the old file was kept. */
    public void settingsWereUnreadable(Path file, Path keptAt) {
        notice.set(notices.text("settings.unreadable", file, keptAt));
    }

    /** Banners and notices from now on are worded in this language. */
    public void useNotices(Notices newNotices) {
        notices = newNotices;
    }

    Notices notices() {
        return notices;
    }

    /** A report of a past run read from its journal, with the names of rows in the table where known. */
    public RunReport reportOf(RunJournal.Contents run) {
        Map<ProfileId, String> names = new HashMap<>();
        for (ProfileId id : run.lastStates().keySet()) {
            ProfileRowViewModel row = rowsById.get(id);
            if (row != null) {
                names.put(id, row.getName());
            }
        }
        return RunReport.of(run.lastStates(), names);
    }

    /**
     * Brings a past run (from its journal) back into the table: its profiles are added or found, each shows the
     * last result the journal holds (rows the run never finished show Not attempted), and Retry failed repeats that
     * run's mode on what can be retried. Not while a run is going.
     */
    public void openRun(RunJournal.Contents run) {
        if (isRunning()) {
            return;
        }
        coalescer.drain();
        addIds(List.copyOf(run.lastStates().keySet()));
        for (Map.Entry<ProfileId, RowState> e : run.lastStates().entrySet()) {
            ProfileRowViewModel row = rowsById.get(e.getKey());
            RowState state = e.getValue().status().isFinal()
                    ? e.getValue()
                    : RowState.of(RowStatus.NOT_ATTEMPTED, "the app stopped before this profile was answered");
            applyRowState(row, RowState.PENDING); // a reopened result replaces whatever the row showed
            applyRowState(row, state);
        }
        publishCounts();
        if (!run.dryRun()) {
            runMode.set(run.mode());
        }
        lastRunIds = List.copyOf(run.lastStates().keySet());
        runTotal.set(0);
        Map<RowStatus, Integer> counts = new java.util.EnumMap<>(RowStatus.class);
        lastRunIds.forEach(id -> counts.merge(rowsById.get(id).getState().status(), 1, Integer::sum));
        reopened.set(true);
        lastSummary.set(new RunSummary(counts, java.time.Duration.ZERO, 0, ""));
        int retryable = run.idsToResume().size();
        info.set(
                retryable == 0
                        ? notices.text("run.opened.final", RUN_TIME.format(run.started()))
                        : notices.text("run.opened.retryable", RUN_TIME.format(run.started()), retryable));
        refilter();
    }

    private static String describe(Throwable t) {
        return t == null ? "The run failed" : "The run failed unexpectedly: " + t;
    }

    private void applyRowState(ProfileId id, RowState state) {
        ProfileRowViewModel row = rowsById.get(id);
        if (row != null) {
            applyRowState(row, state);
        }
    }

    private void applyRowState(ProfileRowViewModel row, RowState next) {
        RowStatus before = row.getState().status();
        if (row.applyState(next)) {
            counts.moved(before, next.status());
            if (!before.isFinal() && next.status().isFinal() && isRunning()) {
                finishedInRun++;
            }
        }
    }

    /**
     * Publishes what a batch of row changes did to the status counts and the progress. Once per batch, never per row:
     * each binding on them (progress line, Retry failed) would otherwise recompute for each of 100,000 rows.
     */
    private void publishCounts() {
        counts.publish();
        runFinished.set(finishedInRun);
    }

    private void updateEta() {
        int done = runFinished.get();
        int total = runTotal.get();
        if (done == 0 || done >= total) {
            etaSeconds.set(-1);
            return;
        }
        long elapsed = clockMillis.getAsLong() - runStartedMillis;
        etaSeconds.set(Math.round(elapsed / 1000.0 / done * (total - done)));
    }

    // ---- properties --------------------------------------------------------------------------------------------

    public ObservableList<ProfileRowViewModel> getRows() {
        return rowsView;
    }

    /** The rows the search lets through; the View wraps it in a SortedList bound to the table's comparator. */
    public FilteredList<ProfileRowViewModel> getShownRows() {
        return shownRows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** The group to show; empty shows every group. */
    public StringProperty groupFilterProperty() {
        return groupFilter;
    }

    /** The tag to show; empty shows every tag. */
    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    /** The groups present in the table, sorted, for the group filter. */
    public ObservableList<String> getGroupNames() {
        return groupNamesView;
    }

    public ObservableList<String> getTagNames() {
        return tagNamesView;
    }

    /** Shows only rows whose last run did not end Cleared. */
    public void showNotCleared() {
        searchText.set("");
        statusFilter.set(StatusFilter.NOT_CLEARED);
    }

    /** Forgets the last import's summary once the operator has read it. */
    public void dismissImport() {
        lastImport.set(null);
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    public IntegerBinding targetCountProperty() {
        return targetCount;
    }

    public StatusCounts getCounts() {
        return counts;
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return clearService.isRunning();
    }

    public BooleanBinding canClearProperty() {
        return canClear;
    }

    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Profiles read so far while {@link #loadingProperty() loading}. */
    public ReadOnlyIntegerProperty loadedCountProperty() {
        return loadedCount;
    }

    /** How many profiles ixBrowser says it has while loading, or -1 when it does not say. */
    public ReadOnlyLongProperty loadTotalProperty() {
        return loadTotal;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState;
    }

    /** What the last connection test found wrong (null when it found nothing, or failed before asking). */
    public ReadOnlyObjectProperty<ConnectionCheck.Status> connectionProblemProperty() {
        return connectionProblem;
    }

    public ReadOnlyStringProperty connectionMessageProperty() {
        return connectionMessage;
    }

    public ReadOnlyStringProperty apiUrlProperty() {
        return apiUrl;
    }

    /** A run-level message for the operator (e.g. ixBrowser stopped answering); empty when none. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<ImportResult> lastImportProperty() {
        return lastImport;
    }

    public ReadOnlyIntegerProperty runTotalProperty() {
        return runTotal;
    }

    public ReadOnlyIntegerProperty runFinishedProperty() {
        return runFinished;
    }

    public ReadOnlyLongProperty etaSecondsProperty() {
        return etaSeconds;
    }

    /**
     * Imports waiting for the operator to pick the ID column (more than one column could hold the IDs); each is
     * answered with {@link #answerColumn(ColumnQuestion, int)}. Nothing of such an input is merged before that.
     */
    public ObservableList<ColumnQuestion> getColumnQuestions() {
        return columnQuestions;
    }

    /** A passing, good-news message (report saved, run reopened); empty when there is none. */
    public StringProperty infoProperty() {
        return info;
    }

    /** True while {@link #lastSummaryProperty()} describes a run reopened from its journal, not one just run. */
    public ReadOnlyBooleanProperty reopenedProperty() {
        return reopened;
    }

    public ReadOnlyObjectProperty<RunSummary> lastSummaryProperty() {
        return lastSummary;
    }

    public ReadOnlyObjectProperty<ClearMode> runModeProperty() {
        return runMode;
    }

    public ObjectProperty<OpenProfilePolicy> openPolicyProperty() {
        return openPolicy;
    }

    public IntegerProperty chunkSizeProperty() {
        return chunkSize;
    }
}
