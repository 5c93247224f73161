package com.ixsweep.ui;

import static com.ixsweep.ui.ViewContext.showWhen;

import com.ixsweep.model.RowStatus;
import com.ixsweep.viewmodel.ConnectionState;
import com.ixsweep.viewmodel.MainViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line: connection state with Test connection, and the progress of loading or of a run. */
final class StatusBar {

    private final ViewContext ctx;
    private final MainViewModel vm;

    StatusBar(ViewContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.vm;
    }

    Node build() {
        Label connection = new Label();
        connection.setId(NodeIds.CONNECTION);
        connection
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> ctx.text(
                                "connection."
                                        + vm.connectionStateProperty().get().name(),
                                vm.apiUrlProperty().get()),
                        vm.connectionStateProperty(),
                        vm.apiUrlProperty()));
        connection
                .graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new FontIcon(
                                ViewContext.isConnected(
                                                vm.connectionStateProperty().get())
                                        ? "mdi2l-lan-connect"
                                        : "mdi2l-lan-disconnect"),
                        vm.connectionStateProperty()));

        ProgressBar progress = new ProgressBar(0);
        progress.setId(NodeIds.PROGRESS);
        progress.setPrefWidth(200);
        progress.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        this::progressFraction,
                        vm.runFinishedProperty(),
                        vm.runTotalProperty(),
                        vm.loadingProperty(),
                        vm.loadedCountProperty(),
                        vm.loadTotalProperty()));
        progress.visibleProperty().bind(vm.runTotalProperty().greaterThan(0).or(vm.loadingProperty()));

        Label counts = new Label();
        counts.setId(NodeIds.COUNTS);
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        this::progressText,
                        vm.runFinishedProperty(),
                        vm.runTotalProperty(),
                        vm.etaSecondsProperty(),
                        vm.getCounts().property(RowStatus.CLEARED),
                        vm.getCounts().property(RowStatus.FAILED),
                        vm.getCounts().property(RowStatus.NOT_FOUND),
                        vm.getCounts().property(RowStatus.SKIPPED_OPEN),
                        vm.runningProperty(),
                        vm.stoppingProperty(),
                        vm.loadingProperty(),
                        vm.loadedCountProperty(),
                        vm.loadTotalProperty()));

        Button test = new Button(ctx.text("action.testConnection"));
        test.setId(NodeIds.TEST_CONNECTION);
        test.getStyleClass().addAll("small", "flat");
        test.setTooltip(new Tooltip(ctx.text("action.testConnection.tip")));
        test.setOnAction(e -> vm.connect(vm.apiUrlProperty().get()));
        test.disableProperty()
                .bind(vm.runningProperty()
                        .or(vm.loadingProperty())
                        .or(vm.connectionStateProperty().isEqualTo(ConnectionState.CHECKING)));
        showWhen(test, vm.connectionStateProperty().isNotEqualTo(ConnectionState.DEMO));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, connection, test, spacer, counts, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The profile list's loading while it runs, else the run's progress; -1 (indeterminate) without a total. */
    private double progressFraction() {
        if (vm.loadingProperty().get()) {
            long total = vm.loadTotalProperty().get();
            return total <= 0
                    ? ProgressBar.INDETERMINATE_PROGRESS
                    : (double) vm.loadedCountProperty().get() / total;
        }
        int total = vm.runTotalProperty().get();
        return total == 0 ? 0 : (double) vm.runFinishedProperty().get() / total;
    }

    private String progressText() {
        if (vm.loadingProperty().get()) {
            long total = vm.loadTotalProperty().get();
            return total < 0
                    ? ctx.text("progress.loading", vm.loadedCountProperty().get())
                    : ctx.text("progress.loadingOf", vm.loadedCountProperty().get(), total);
        }
        if (vm.runTotalProperty().get() == 0) {
            return "";
        }
        String base = ctx.text(
                "progress.line",
                vm.runFinishedProperty().get(),
                vm.runTotalProperty().get(),
                vm.getCounts().get(RowStatus.CLEARED),
                vm.getCounts().get(RowStatus.NOT_FOUND),
                vm.getCounts().get(RowStatus.FAILED),
                vm.getCounts().get(RowStatus.SKIPPED_OPEN));
        if (vm.stoppingProperty().get()) {
            return base + " — " + ctx.text("progress.stopping");
        }
        long eta = vm.etaSecondsProperty().get();
        return eta >= 0 && vm.isRunning() ? base + " — " + ctx.text("progress.eta", eta) : base;
    }
}
