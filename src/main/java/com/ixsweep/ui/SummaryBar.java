package com.ixsweep.ui;

import static com.ixsweep.ui.ViewContext.fixed;
import static com.ixsweep.ui.ViewContext.showWhen;

import com.ixsweep.batch.RunSummary;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.RowStatus;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.ProfileRowViewModel;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The line under the table after a run: its counts, Show failed, Retry failed, Export report. */
final class SummaryBar {

    private final ViewContext ctx;
    private final MainViewModel vm;

    SummaryBar(ViewContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.vm;
    }

    Node build() {
        Label summary = new Label();
        summary.setId(NodeIds.SUMMARY);
        summary.textProperty()
                .bind(Bindings.createStringBinding(this::summaryText, vm.lastSummaryProperty(), vm.reopenedProperty()));
        Button retry = new Button(ctx.text("summary.retryFailed"), new FontIcon("mdi2r-refresh"));
        retry.setId(NodeIds.RETRY_FAILED);
        // Retry is a run like any other: it asks first, naming the mode it repeats and the count.
        retry.setOnAction(e -> {
            ClearMode mode = vm.runModeProperty().get();
            List<ProfileRowViewModel> again = vm.retryableRows();
            if (mode != null && !again.isEmpty()) {
                ConfirmClearDialog.confirm(
                                ViewContext.windowOf(e),
                                ctx.messages,
                                mode,
                                again,
                                vm.openPolicyProperty().get())
                        .ifPresent(choice -> vm.retryFailed(choice.openPolicy(), choice.dryRun()));
            }
        });
        retry.disableProperty()
                .bind(vm.runningProperty()
                        .or(vm.runModeProperty().isNull())
                        .or(vm.getCounts().retryableProperty().isEqualTo(0)));
        Button showFailed = new Button(ctx.text("summary.showFailed"));
        showFailed.setOnAction(e -> vm.showNotCleared());
        Button export = new Button(ctx.text("summary.export"), new FontIcon("mdi2f-file-export"));
        export.setId(NodeIds.EXPORT);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> ReportFiles.chooseTarget(ViewContext.windowOf(e), ctx.messages, LocalDateTime.now())
                .ifPresent(vm::exportReport));
        export.setTooltip(new Tooltip(ctx.text("summary.export")));
        ctx.shortcut(export, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(
                10,
                new FontIcon("mdi2c-check-circle-outline"),
                summary,
                spacer,
                fixed(showFailed),
                fixed(retry),
                fixed(export));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("banner", "banner-summary");
        showWhen(bar, vm.lastSummaryProperty().isNotNull());
        return bar;
    }

    /** The run in one line: counts per result, duration and requests, or what a dry run would do. */
    String summaryText() {
        RunSummary s = vm.lastSummaryProperty().get();
        if (s == null) {
            return "";
        }
        if (s.dryRun()) {
            String others = List.of(RowStatus.SKIPPED_OPEN, RowStatus.NOT_FOUND).stream()
                    .filter(st -> s.count(st) > 0)
                    .map(st -> ctx.text("status." + st.name()).toLowerCase() + " " + s.count(st))
                    .collect(Collectors.joining(" · "));
            return ctx.text("summary.dryRun", s.total(), s.wouldClear(), others.isEmpty() ? "" : " · " + others);
        }
        String counts = countsText(
                s.count(RowStatus.CLEARED),
                List.of(
                                RowStatus.SKIPPED_OPEN,
                                RowStatus.NOT_FOUND,
                                RowStatus.FAILED,
                                RowStatus.NOT_CONFIRMED,
                                RowStatus.NOT_ATTEMPTED)
                        .stream()
                        .filter(st -> s.count(st) > 0)
                        .map(st -> ctx.text("status." + st.name()).toLowerCase() + " " + s.count(st))
                        .collect(Collectors.joining(" · ")));
        if (vm.reopenedProperty().get()) {
            return ctx.text("summary.reopened", s.total(), counts);
        }
        String line = ctx.text("summary.line", s.total(), counts, s.duration().toMillis() / 1000.0, s.requests());
        return s.stopReason().isEmpty() ? line : line + " — " + s.stopReason();
    }

    private String countsText(int cleared, String others) {
        return others.isEmpty()
                ? ctx.text("summary.cleared", cleared)
                : ctx.text("summary.cleared", cleared) + " · " + others;
    }
}
