package com.ixsweep.ui;

/** Ids of the nodes tests and accessibility tools look up. */
public final class NodeIds {
    public static final String TABLE = "profileTable";
    public static final String LOAD = "loadProfilesButton";
    public static final String IMPORT = "importButton";
    public static final String PASTE_AREA = "pasteArea";
    public static final String ADD_IDS = "addIdsButton";
    public static final String SEARCH = "searchField";
    public static final String CLEAR_CACHE = "clearCacheButton";
    public static final String CLEAR_COOKIES = "clearCookiesButton";
    public static final String CANCEL = "cancelButton";
    public static final String TRY_DEMO = "tryDemoButton";
    public static final String RETRY_CONNECT = "retryConnectButton";
    public static final String DEMO_BANNER = "demoBanner";
    public static final String CONNECTION = "connectionLabel";
    public static final String PROGRESS = "runProgress";
    public static final String COUNTS = "countsLabel";
    public static final String SHOWN = "shownLabel";
    public static final String NOTICE = "noticeLabel";
    public static final String SUMMARY = "summaryLabel";
    public static final String RETRY_FAILED = "retryFailedButton";
    public static final String CONFIRM_CLEAR = "confirmClearButton";
    public static final String STATUS_FILTER = "statusFilter";
    public static final String IMPORT_SUMMARY = "importSummaryLabel";
    public static final String EXPORT = "exportReportButton";
    public static final String CONFIRM_OPEN_POLICY = "confirmOpenPolicy";
    public static final String CONFIRM_DRY_RUN = "confirmDryRun";
    public static final String MORE = "moreActionsButton";
    public static final String KEEP_EXTENSIONS = "clearKeepExtensionsItem";
    public static final String HISTORY = "historyButton";
    public static final String HISTORY_TABLE = "historyTable";
    public static final String HISTORY_OPEN = "historyOpenButton";
    public static final String HISTORY_EXPORT = "historyExportButton";
    public static final String INFO = "infoLabel";
    public static final String COLUMN_LIST = "columnCandidates";
    public static final String COLUMN_USE = "useColumnButton";
    public static final String INTERRUPTED = "interruptedRunLabel";
    public static final String OPEN_INTERRUPTED = "openInterruptedRunButton";
    public static final String SETTINGS = "settingsButton";
    public static final String SETTINGS_HOST = "settingsHost";
    public static final String SETTINGS_PORT = "settingsPort";
    public static final String SETTINGS_TEST = "settingsTestConnection";
    public static final String SETTINGS_TEST_RESULT = "settingsTestResult";
    public static final String SETTINGS_THEME = "settingsTheme";
    public static final String SETTINGS_LANGUAGE = "settingsLanguage";
    public static final String SETTINGS_PROBLEM = "settingsProblem";
    public static final String SETTINGS_SAVE = "settingsSave";
    public static final String TEST_CONNECTION = "testConnectionButton";
    public static final String CONNECTION_ADVICE = "connectionAdvice";
    public static final String QUIT_STOP = "quitStopRunButton";

    private NodeIds() {}
}
