package com.ixsweep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.FailureClass;
import com.ixsweep.api.LocalApi;
import com.ixsweep.batch.FakeLocalApi;
import com.ixsweep.batch.RunJournal;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearCommandTest extends CapturedOutput {

    @TempDir
    Path dir;

    private FakeLocalApi api = FakeLocalApi.withProfiles(1, 100);
    private final List<String> urls = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final List<ApiSettings> settings = new ArrayList<>();
    private final Function<ApiSettings, LocalApi> factory = s -> {
        settings.add(s);
        urls.add(s.baseUrl());
        return api;
    };

    private int clear(String... args) {
        return ClearCommand.run(List.of(args), out, err, factory, q -> Optional.empty(), IdSource.IMPORTER, false);
    }

    private int clearAnswering(String answer, String... args) {
        return ClearCommand.run(
                List.of(args),
                out,
                err,
                factory,
                q -> {
                    questions.add(q);
                    return Optional.of(answer);
                },
                IdSource.IMPORTER,
                false);
    }

    @Test
    void clearingEveryProfileExitsZeroWithASummary() {
        int code = clear("clear", "--ids", "1,2,3", "--mode", "cache");

        assertThat(code).isZero();
        assertThat(urls).containsExactly("http://127.0.0.1:53200");
        assertThat(out()).contains("Clearing cache of 3 profiles").contains("Progress: 3/3 done, 3 cleared");
        assertThat(out()).contains("3 cleared.");
        assertThat(api.clearCount(ProfileId.of(2))).isEqualTo(1);
    }

    @Test
    void someNotClearedExitsOneAndNamesTheProblemRows() {
        int code = clear("--ids", "1,2,999", "--mode", "cache-keep-extensions", "--api", "http://127.0.0.1:5555/");

        assertThat(code).isEqualTo(1);
        assertThat(urls).containsExactly("http://127.0.0.1:5555");
        assertThat(out()).contains("999  Not found 2007  Profile does not exist");
        assertThat(out()).contains("2 cleared, 1 not found");
    }

    @Test
    void anOperatorStopExitsTwoWithOneNotice() {
        api.script(FakeLocalApi.Method.OPEN_PROFILES, FakeLocalApi.notRunning());

        int code = clear("--ids", "1,2,3", "--mode", "cache");

        assertThat(code).isEqualTo(2);
        assertThat(err()).containsOnlyOnce("! Run stopped: ixBrowser is not running");
        assertThat(out()).contains("3 not attempted").contains("Stopped: ixBrowser is not running");
    }

    @Test
    void aLongRunListsTheFirstRowsOfEachStateAndCountsTheRest() throws IOException {
        api.script(FakeLocalApi.Method.OPEN_PROFILES, FakeLocalApi.notRunning());
        String ids = LongStream.rangeClosed(1, 100).mapToObj(Long::toString).collect(Collectors.joining(","));
        Path report = dir.resolve("all.csv");

        int code = clear("--ids", ids, "--mode", "cache", "--report", report.toString());

        assertThat(code).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(out().lines().filter(l -> l.contains("Not attempted"))).hasSize(ClearCommand.ROWS_SHOWN_PER_STATE);
        assertThat(out())
                .contains("100 not attempted.")
                .contains("Not listed above: 80 more not attempted (the report lists every profile).");
        assertThat(Files.readAllLines(report)).hasSize(101);
    }

    @Test
    void oneProfileIsSingularAndAMissingJournalIsNamedOnce() {
        assertThat(clear("--ids", "7", "--mode", "cache")).isEqualTo(ExitCode.ALL_DONE);
        assertThat(out()).contains("Clearing cache of 1 profile through").contains("1 cleared.");

        Path missing = dir.resolve("gone.jsonl");
        assertThat(clear("--resume", missing.toString())).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).isEqualToIgnoringNewLines("clear: cannot resume from " + missing + ": no such file");
    }

    @Test
    void usageErrorsExitTwoAndSayWhatIsWrong() {
        assertThat(clear("--ids", "1,2")).isEqualTo(2);
        assertThat(err()).contains("--mode is required").contains("Usage: clear");
        assertThat(clear("--ids", "1,abc", "--mode", "cache")).isEqualTo(2);
        assertThat(err()).contains("\"abc\" is not a profile ID");
        assertThat(clear("--mode", "cache")).isEqualTo(2);
        assertThat(err()).contains("no profile IDs");
        assertThat(clear("--ids", "1", "--mode", "everything")).isEqualTo(2);
        assertThat(clear("--ids", "1", "--mode", "cache", "--chunk", "0")).isEqualTo(2);
        assertThat(clear("--ids", "1", "--mode", "cache", "--open", "maybe")).isEqualTo(2);
        assertThat(clear("--ids", "1", "--mode", "cache", "--api", "ftp://x")).isEqualTo(2);
        assertThat(clear("--ids", "1", "--mode", "cache", "--report", "r.txt")).isEqualTo(2);
        assertThat(clear("--ids", "1", "--mode", "cache", "--frobnicate")).isEqualTo(2);
        assertThat(api.totalCalls()).isZero();
    }

    @Test
    void anotherMachineIsRefusedInOneLineUnlessAllowRemoteIsGiven() {
        int code = clear("--ids", "1,2", "--mode", "cache", "--api", "http://192.168.1.5:53200");

        assertThat(code).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err())
                .isEqualToIgnoringNewLines("clear: IX Sweep talks only to ixBrowser on this computer (127.0.0.1), not"
                        + " http://192.168.1.5:53200: the Local API has no password, so anyone who can reach it can"
                        + " use it. Add --allow-remote to use that machine anyway.")
                .doesNotContain("Exception");
        assertThat(settings).isEmpty();

        assertThat(clear("--ids", "1,2", "--mode", "cache", "--api", "http://192.168.1.5:53200", "--allow-remote"))
                .isEqualTo(ExitCode.ALL_DONE);
        assertThat(settings).singleElement().satisfies(s -> {
            assertThat(s.baseUrl()).isEqualTo("http://192.168.1.5:53200");
            assertThat(s.allowRemoteHost()).isTrue();
        });
    }

    @Test
    void aClientThatRefusesItsSettingsIsOneLineNotAStackTrace() {
        Function<ApiSettings, LocalApi> refusing = s -> {
            throw new IllegalArgumentException("no such Local API");
        };

        int code = ClearCommand.run(
                List.of("--ids", "1", "--mode", "cache"),
                out,
                err,
                refusing,
                q -> Optional.empty(),
                IdSource.IMPORTER,
                false);

        assertThat(code).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).isEqualToIgnoringNewLines("clear: no such Local API");
    }

    @Test
    void cookiesNeedYesWhenInputIsNotInteractive() {
        int code = clear("--ids", "1,2", "--mode", "cache-and-cookies");

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("pass --yes");
        assertThat(api.totalCalls()).isZero();

        assertThat(clear("--ids", "1,2", "--mode", "cache-and-cookies", "--yes"))
                .isZero();
        assertThat(api.clearCount(ProfileId.of(1))).isEqualTo(1);
    }

    @Test
    void cookiesAreClearedOnlyAfterAYes() {
        assertThat(clearAnswering("n", "--ids", "1,2,2", "--mode", "cache-and-cookies"))
                .isEqualTo(2);
        assertThat(questions)
                .containsExactly("Clear cache and cookies of 2 profiles? They will be logged out of every site. [y/N]");
        assertThat(clearAnswering("no", "--ids", "3", "--mode", "cache-and-cookies"))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(questions)
                .last()
                .isEqualTo("Clear cache and cookies of 1 profile? It will be logged out of every site. [y/N]");
        assertThat(api.totalCalls()).isZero();

        assertThat(clearAnswering("Y", "--ids", "1,2", "--mode", "cache-and-cookies"))
                .isZero();
        assertThat(api.clearCount(ProfileId.of(2))).isEqualTo(1);
    }

    @Test
    void aDryRunNeedsNoConfirmationAndChangesNothing() {
        int code = clear("--ids=1,2,3", "--mode=cache-and-cookies", "--dry-run");

        assertThat(code).isZero();
        assertThat(api.clearCounts()).isEmpty();
        assertThat(out()).contains("Dry run done, nothing changed").contains("3 would clear");
    }

    @Test
    void aDryRunThatIsStoppedDoesNotCountProfilesAsWouldClear() {
        api.script(FakeLocalApi.Method.OPEN_PROFILES, FakeLocalApi.notRunning());

        int code = clear("--ids", "1,2,3", "--mode", "cache", "--dry-run");

        assertThat(code).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(out()).contains(": 3 not attempted.").doesNotContain("would clear");
    }

    @Test
    void idsComeFromFilesAndOptionsTogether() throws IOException {
        Path file = Files.writeString(dir.resolve("ids.txt"), "\uFEFF4, 5\n6;7\r\n\n  8 9\n");

        int code = clear("--ids", "1", "--ids-file", file.toString(), "--mode", "cache", "--chunk", "2");

        assertThat(code).isZero();
        assertThat(api.clearCounts()).hasSize(7);
        assertThat(api.log()).contains("profile-clear-cache [1, 4]");
    }

    @Test
    void aBadRowInAnIdsFileIsRejectedAndTheOthersAreCleared() throws IOException {
        Path file = Files.writeString(dir.resolve("ids.txt"), "1\n2\nx7\n3\n");

        assertThat(clear("--ids-file", file.toString(), "--mode", "cache")).isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(api.clearCounts()).hasSize(3);
        assertThat(out())
                .contains("Read " + file + ": 3 IDs (single column, column A), 1 row rejected: `ix-sweep-cli import "
                        + file + "` lists it");
    }

    @Test
    void idsFilesAreReadByTheImporterWhateverTheirFormatEncodingOrHeader() throws Exception {
        api = FakeLocalApi.withProfiles(1450, 1460);
        Path gbk = copyCase("gbk-chinese.csv", "shops-gbk.csv");
        Path bomSemicolon = Files.write(
                dir.resolve("bom_semicolon.csv"),
                "\uFEFFprofile_id;name\r\n1459;a\r\n1460;b\r\n".getBytes(StandardCharsets.UTF_8));
        Path chinese = Files.writeString(dir.resolve("chinese.csv"), "窗口序号,名称\n1450,店铺\n");

        int code = clear(
                "--ids-file", gbk.toString(),
                "--ids-file", bomSemicolon.toString(),
                "--ids-file", chinese.toString(),
                "--mode", "cache");

        assertThat(code).as(err()).isEqualTo(ExitCode.ALL_DONE);
        assertThat(api.clearCounts().keySet())
                .extracting(ProfileId::value)
                .containsExactlyInAnyOrder(1456L, 1457L, 1459L, 1460L, 1450L);
        assertThat(out())
                .contains("Read " + gbk + ": 2 IDs (CSV, delimiter ',', column A '序号')")
                .contains("Read " + bomSemicolon + ": 2 IDs (CSV, delimiter ';', column A 'profile_id')")
                .contains("Read " + chinese + ": 1 ID (CSV, delimiter ',', column A '窗口序号')");
    }

    @Test
    void rejectedRowsOfAnIdsFileAreCountedPointToImportAndExitOne() throws Exception {
        api = FakeLocalApi.withProfiles(1450, 1460);
        Path xlsx = copyCase("profiles.xlsx", "shops.xlsx");

        int code = clear("clear", "--ids-file", xlsx.toString(), "--mode", "cache");

        assertThat(code).isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(api.clearCounts()).hasSize(3);
        assertThat(out())
                .contains("Read " + xlsx + ": 3 IDs (XLSX, sheet 'Profiles', column A 'Profile ID'), 1 row rejected:"
                        + " `ix-sweep-cli import " + xlsx + "` lists it")
                .contains("3 cleared.")
                .contains("1 row of the ID files was rejected, so not cleared: `ix-sweep-cli import " + xlsx
                        + "` lists it.");
    }

    @Test
    void anIdsFileCanBeAPipe() throws Exception {
        Path fifo = dir.resolve("ids-pipe");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "profile_id\n4\n5\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.setDaemon(true); // never keeps the test JVM alive if nobody opens the pipe
        writer.start();

        int code = clear("--ids-file", fifo.toString(), "--mode", "cache");
        writer.join(5000);

        assertThat(code).as(err()).isEqualTo(ExitCode.ALL_DONE);
        assertThat(api.clearCounts().keySet()).extracting(ProfileId::value).containsExactlyInAnyOrder(4L, 5L);
        assertThat(out()).contains("Read " + fifo + ": 2 IDs");
    }

    @Test
    void aRefusedOrMissingIdsFileStopsTheRunNamingFileAndReason() throws IOException {
        Path header = Files.writeString(dir.resolve("header.csv"), "profile_id\n");
        Path ads = Files.writeString(dir.resolve("ads.csv"), "user_id\nh1yynkm\nh1yynks\n");

        assertThat(clear("--ids", "1", "--ids-file", header.toString(), "--mode", "cache"))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err())
                .contains("clear: --ids-file header.csv has a header row")
                .contains("but no IDs below it")
                .contains("`ix-sweep-cli import " + header + "` shows what it holds")
                .contains("Nothing cleared.")
                .doesNotContain("Usage: clear");
        assertThat(clear("--ids-file", ads.toString(), "--mode", "cache")).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("AdsPower");
        Path missing = dir.resolve("missing.csv");
        assertThat(clear("--ids-file", missing.toString(), "--mode", "cache")).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("clear: --ids-file " + missing + ": no such file. Nothing cleared.");
        assertThat(api.totalCalls()).isZero();
    }

    @Test
    void anIdsFileWhoseIdColumnCannotBeToldAsksForColumn() throws IOException {
        Path two = Files.writeString(dir.resolve("two.csv"), "1,7\n2,8\n3,9\n");

        assertThat(clear("--ids-file", two.toString(), "--mode", "cache")).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err())
                .contains("more than one column could hold the IDs (A, B); choose one with --column")
                .contains("Nothing cleared.");
        assertThat(api.totalCalls()).isZero();

        assertThat(clear("--ids-file", two.toString(), "--column", "B", "--mode", "cache"))
                .isEqualTo(ExitCode.ALL_DONE);
        assertThat(api.clearCounts().keySet()).extracting(ProfileId::value).containsExactlyInAnyOrder(7L, 8L, 9L);
        assertThat(clear("--ids", "1", "--column", "B", "--mode", "cache")).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("--column picks the ID column of --ids-file files");
    }

    private Path copyCase(String name, String as) throws Exception {
        Path source = Path.of(getClass().getResource("/cases/import/" + name).toURI());
        return Files.copy(source, dir.resolve(as));
    }

    @Test
    void theReportAndJournalAgreeWithTheRun() throws IOException {
        api.failClearCall(1, FakeLocalApi.apiError(1001, "-bad request", FailureClass.PERMANENT));
        Path report = dir.resolve("out.json");
        Path csv = dir.resolve("out.csv");
        Path journals = dir.resolve("journal");

        int code = clear(
                "--ids",
                "1,2,3,4",
                "--mode",
                "cache",
                "--chunk",
                "2",
                "--report",
                report.toString(),
                "--journal",
                journals.toString());
        clear("--ids", "5", "--mode", "cache", "--report", csv.toString());

        assertThat(code).isEqualTo(1);
        JsonNode rows = new ObjectMapper().readTree(report.toFile());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("FAILED");
        assertThat(rows.get(0).get("code").asInt()).isEqualTo(1001);
        assertThat(rows.get(3).get("status").asText()).isEqualTo("CLEARED");
        RunJournal.Contents journal =
                RunJournal.read(RunJournal.latest(journals).orElseThrow());
        assertThat(journal.finished()).isTrue();
        assertThat(journal.finalCounts()).containsEntry(RowStatus.FAILED, 2).containsEntry(RowStatus.CLEARED, 2);
        assertThat(out()).contains("Journal: ").contains("Report: ");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("5,,Cleared,,");
    }

    @Test
    void aReportThatCannotBeWrittenIsRefusedBeforeAnythingIsSent() throws IOException {
        Path missingFolder = dir.resolve("nonexistent").resolve("r.csv");
        Path aFile = Files.writeString(dir.resolve("file"), "");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));

        assertThat(clear("--ids", "1,2", "--mode", "cache", "--report", missingFolder.toString()))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err())
                .isEqualToIgnoringNewLines("clear: cannot write the report " + missingFolder + ": the folder "
                        + missingFolder.getParent() + " does not exist. Nothing cleared.");
        assertThat(clear(
                        "--ids",
                        "1",
                        "--mode",
                        "cache",
                        "--report",
                        aFile.resolve("r.json").toString()))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains(aFile + " is a file, not a folder");
        assertThat(clear("--ids", "1", "--mode", "cache", "--report", folder.toString()))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains(folder + " is a folder");
        assertThat(clear(
                        "--ids",
                        "1",
                        "--mode",
                        "cache",
                        "--report",
                        dir.resolve("r.xlsx").toString()))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("--report must name a .csv or .json file");
        assertThat(api.totalCalls()).isZero();
        assertThat(urls).isEmpty();
    }

    @Test
    void resumeRunsOnlyWhatTheJournalLeftAndNeverReclears() throws IOException {
        Path journals = dir.resolve("journal");
        api.failClearCall(2, FakeLocalApi.apiError(1004, "System busy", FailureClass.TRANSIENT));
        assertThat(clear("--ids", "1,2,3,4,5,6", "--mode", "cache", "--chunk", "2", "--journal", journals.toString()))
                .isEqualTo(1);
        Path first = RunJournal.latest(journals).orElseThrow();

        int code = clear("--resume", first.toString(), "--journal", journals.toString());

        assertThat(code).isZero();
        assertThat(out()).contains("Resuming " + first + ": 2 profiles");
        assertThat(api.clearCounts())
                .hasSize(6)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(api.log()).last().isEqualTo("profile-clear-cache [3, 4]");

        Path second = RunJournal.latest(journals).orElseThrow();
        assertThat(clear("--resume", second.toString())).isZero();
        assertThat(out()).contains("Nothing left to do");
        assertThat(clear("--resume", first.toString(), "--ids", "9")).isEqualTo(2);
        assertThat(clear("--resume", first.toString(), "--mode", "cache-and-cookies"))
                .isEqualTo(2);
        assertThat(err()).contains("leave --mode out");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(clear("--help")).isZero();
        assertThat(out()).contains("Usage: clear");
    }
}
