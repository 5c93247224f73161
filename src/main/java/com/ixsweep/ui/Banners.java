package com.ixsweep.ui;

import static com.ixsweep.ui.ViewContext.fixed;
import static com.ixsweep.ui.ViewContext.showWhen;

import com.ixsweep.importer.ImportResult;
import com.ixsweep.viewmodel.ConnectionState;
import com.ixsweep.viewmodel.HistoryViewModel;
import com.ixsweep.viewmodel.MainViewModel;
import com.ixsweep.viewmodel.PastRun;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bars above the table that come and go: connection trouble, demo, notices, an interrupted run, imports. */
final class Banners {

    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final ViewContext ctx;
    private final MainViewModel vm;
    private final HistoryViewModel history;

    Banners(ViewContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.vm;
        this.history = ctx.history;
    }

    /** Top to bottom, as they stack under the toolbar. */
    List<Node> all() {
        return List.of(
                connectionBanner(), demoBanner(), noticeBanner(), interruptedBanner(), infoBanner(), importBanner());
    }

    private Node connectionBanner() {
        Label message = new Label();
        message.setId(NodeIds.CONNECTION_ADVICE);
        // the advice in the window's language; the client's own words (with the URL and cause) in the tooltip
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            var problem = vm.connectionProblemProperty().get();
                            return problem == null || problem == com.ixsweep.api.ConnectionCheck.Status.OTHER_ERROR
                                    ? vm.connectionMessageProperty().get()
                                    : ctx.text("check." + problem.name());
                        },
                        vm.connectionProblemProperty(),
                        vm.connectionMessageProperty()));
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(vm.connectionMessageProperty());
        message.setTooltip(detail);
        message.setWrapText(true);
        Button demo = new Button(ctx.text("connection.tryDemo"), new FontIcon("mdi2p-play-circle-outline"));
        demo.setId(NodeIds.TRY_DEMO);
        demo.getStyleClass().add("accent");
        demo.setOnAction(e -> vm.startDemo());
        Button retry = new Button(ctx.text("connection.retry"), new FontIcon("mdi2r-refresh"));
        retry.setId(NodeIds.RETRY_CONNECT);
        retry.setOnAction(e -> vm.connect(vm.apiUrlProperty().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2l-lan-disconnect"), message, spacer, fixed(retry), fixed(demo));
        banner.getStyleClass().addAll("banner", "banner-warning");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(
                banner,
                Bindings.createBooleanBinding(
                        () -> vm.connectionStateProperty().get() == ConnectionState.NOT_REACHABLE
                                || vm.connectionStateProperty().get() == ConnectionState.PROBLEM,
                        vm.connectionStateProperty()));
        return banner;
    }

    private Node demoBanner() {
        Label label = new Label(ctx.text("demo.banner"));
        label.setId(NodeIds.DEMO_BANNER);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox banner = new HBox(label);
        HBox.setHgrow(label, Priority.ALWAYS);
        banner.getStyleClass().addAll("banner", "banner-demo");
        showWhen(banner, vm.connectionStateProperty().isEqualTo(ConnectionState.DEMO));
        return banner;
    }

    private Node noticeBanner() {
        Label label = new Label();
        label.setId(NodeIds.NOTICE);
        label.setWrapText(true);
        label.textProperty().bind(vm.noticeProperty());
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(ctx.text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.noticeProperty().set(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2a-alert-circle-outline"), label, spacer, close);
        banner.getStyleClass().addAll("banner", "banner-danger");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, vm.noticeProperty().isNotEmpty());
        return banner;
    }

    private Node infoBanner() {
        Label label = new Label();
        label.setId(NodeIds.INFO);
        label.setWrapText(true);
        label.textProperty().bind(vm.infoProperty());
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(ctx.text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.infoProperty().set(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2i-information-outline"), label, spacer, close);
        banner.getStyleClass().addAll("banner", "banner-info");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, vm.infoProperty().isNotEmpty());
        return banner;
    }

    /** After a crash or kill in the middle of a run: says so at the next start and offers to reopen that run. */
    private Node interruptedBanner() {
        Label label = new Label();
        label.setId(NodeIds.INTERRUPTED);
        label.setWrapText(true);
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            PastRun run = history.interruptedProperty().get();
                            return run == null
                                    ? ""
                                    : ctx.text(
                                            "interrupted.line",
                                            RUN_TIME.format(run.started()),
                                            run.profiles(),
                                            run.retryable());
                        },
                        history.interruptedProperty()));
        Button open = new Button(ctx.text("interrupted.open"), new FontIcon("mdi2t-table-arrow-left"));
        open.setId(NodeIds.OPEN_INTERRUPTED);
        open.disableProperty().bind(vm.runningProperty());
        open.setOnAction(e -> history.open(history.interruptedProperty().get()));
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(ctx.text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> history.dismissInterrupted());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2a-alert-outline"), label, spacer, fixed(open), close);
        banner.getStyleClass().addAll("banner", "banner-warning");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, history.interruptedProperty().isNotNull());
        return banner;
    }

    private Node importBanner() {
        Label label = new Label();
        label.setId(NodeIds.IMPORT_SUMMARY);
        label.setWrapText(true);
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.lastImportProperty().get() == null
                                ? ""
                                : importSummary(vm.lastImportProperty().get()),
                        vm.lastImportProperty()));
        Button show = new Button(ctx.text("import.showRejected"));
        show.setOnAction(e -> RejectedRowsDialog.show(ViewContext.windowOf(e), ctx.messages, vm));
        showWhen(
                show,
                Bindings.createBooleanBinding(
                        () -> vm.lastImportProperty().get() != null
                                && !vm.lastImportProperty().get().rejected().isEmpty(),
                        vm.lastImportProperty()));
        Button close = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        close.setAccessibleText(ctx.text("notice.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.dismissImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon("mdi2f-file-import"), label, spacer, fixed(show), close);
        banner.getStyleClass().addAll("banner", "banner-info");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, vm.lastImportProperty().isNotNull());
        return banner;
    }

    private String importSummary(ImportResult r) {
        String column = r.column().isEmpty() ? "" : ctx.text("import.column", r.column());
        return ctx.text(
                "import.summary",
                r.ids().size(),
                r.source().equals(MainViewModel.PASTED_TEXT) ? ctx.text("import.pastedText") : r.source(),
                column,
                r.duplicates(),
                r.rejected().size());
    }
}
