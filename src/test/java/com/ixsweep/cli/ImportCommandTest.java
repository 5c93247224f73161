package com.ixsweep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest extends CapturedOutput {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void printsIdsDuplicatesAndRejectedRowsWithReasons() throws IOException {
        Path f = file("ids.csv", "profile_id,name\n1456,a\n1456,b\n1.23457E+15,c\n1457,d\n");
        int code = ImportCommand.run(List.of("import", f.toString()), out, err);
        assertThat(code).isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(out())
                .contains("ids.csv: 2 IDs, 1 duplicate, 1 rejected row")
                .contains("IDs: 1456 1457")
                .containsPattern("\\s4\\s+1\\.23457E\\+15\\s+written in scientific notation");
        assertThat(err()).isEmpty();
    }

    @Test
    void refusedFileGivesExitOneAndItsMessageOnErrWhileOthersAreStillRead() throws IOException {
        Path good = file("good.txt", "1456\n");
        Path empty = file("empty.csv", "");
        int code = ImportCommand.run(List.of(good.toString(), empty.toString()), out, err);
        assertThat(code).isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(err()).contains("empty.csv is empty");
        assertThat(out()).contains("good.txt: 1 ID, 0 duplicates, 0 rejected rows");
    }

    @Test
    void aBigFileShowsItsCountsAndOnlyTheFirstIdsAndRejectedRows() throws IOException {
        StringBuilder text = new StringBuilder("profile_id\n");
        for (int i = 1; i <= 200_000; i++) {
            text.append(i).append('\n');
        }
        for (int i = 0; i < 25; i++) {
            text.append("n/a\n");
        }
        Path big = file("big.csv", text.toString());

        int code = ImportCommand.run(List.of(big.toString()), out, err);

        assertThat(code).isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(out())
                .contains("big.csv: 200,000 IDs, 0 duplicates, 25 rejected rows")
                .contains("IDs: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20\n")
                .contains("… and 199,980 more; use --json for all")
                .contains("… and 5 more rejected rows; use --json or --rejected-csv OUT for all")
                .doesNotContain(" 21 ");
        assertThat(out().lines()).hasSizeLessThan(30);
    }

    @Test
    void aMissingFileIsNamedOnceWithTheReason() {
        Path missing = dir.resolve("nonexistent.csv");

        assertThat(ImportCommand.run(List.of(missing.toString()), out, err)).isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(err()).isEqualToIgnoringNewLines("refused: " + missing + ": no such file");
    }

    @Test
    void jsonOutputCarriesIdsRejectedRowsAndErrors() throws IOException {
        Path f = file("ids.csv", "id\n1456\nabc\n1457\n1456\n");
        Path bad = file("ads.csv", "user_id\nh1yynkm\nh1yynks\n");
        int code = ImportCommand.run(List.of("import", f.toString(), bad.toString(), "--json"), out, err);
        assertThat(code).isEqualTo(ExitCode.SOME_NOT_DONE);
        JsonNode json = new ObjectMapper().readTree(out());
        JsonNode first = json.get("files").get(0);
        assertThat(first.get("ids").toString()).isEqualTo("[1456,1457]");
        assertThat(first.get("duplicates").asInt()).isEqualTo(1);
        assertThat(first.get("rejected").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(first.get("rejected").get(0).get("reason").asText()).isNotBlank();
        assertThat(json.get("files").get(1).get("error").asText()).contains("AdsPower");
    }

    @Test
    void columnOptionReadsTheChosenColumn() throws IOException {
        Path f = file("two.csv", "1456,7\n1457,8\n");
        int code = ImportCommand.run(List.of(f.toString(), "--column", "B"), out, err);
        assertThat(code).isZero();
        assertThat(out()).contains("IDs: 7 8");
    }

    @Test
    void ambiguousColumnsAreNamedWithAHint() throws IOException {
        Path f = file("two.csv", "1456,7\n1457,8\n1458,9\n");
        ImportCommand.run(List.of(f.toString()), out, err);
        assertThat(out()).contains("more than one column").contains("--column");
    }

    @Test
    void noFilesIsAUsageError() {
        assertThat(ImportCommand.run(List.of("import"), out, err)).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err()).contains("usage: import FILE");
    }

    @Test
    void exitCodeIsZeroOnlyWhenEveryFileIsReadWithoutARejectedRow() throws IOException {
        Path clean = file("clean.csv", "profile_id\n1456\n1457\n1457\n");
        Path noisy = file("noisy.csv", "profile_id\n1456\nn/a\n");

        assertThat(ImportCommand.run(List.of(clean.toString()), out, err)).isEqualTo(ExitCode.ALL_DONE);
        assertThat(ImportCommand.run(List.of(clean.toString(), noisy.toString()), out, err))
                .isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(ImportCommand.run(List.of(clean.toString(), "--frobnicate"), out, err))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(ImportCommand.run(List.of(clean.toString(), "--column", "0"), out, err))
                .isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(ImportCommand.run(List.of("--help"), out, err)).isEqualTo(ExitCode.ALL_DONE);
        assertThat(out()).contains("exit code: 0 every file read, no row rejected; 1 a file refused or rows rejected");
    }

    @Test
    void columnLettersAndNumbersAreUnderstood() {
        assertThat(ImportCommand.parseColumn("A")).isZero();
        assertThat(ImportCommand.parseColumn("b")).isEqualTo(1);
        assertThat(ImportCommand.parseColumn("AA")).isEqualTo(26);
        assertThat(ImportCommand.parseColumn("3")).isEqualTo(2);
        assertThat(ImportCommand.parseColumn("0")).isEqualTo(-1);
    }

    @Test
    void rejectedRowsCanBeWrittenForExcel() throws IOException {
        Path f = file("ids.csv", "id\n1456\n=1+1\n");
        Path csv = dir.resolve("rejected.csv");
        int code = ImportCommand.run(List.of(f.toString(), "--rejected-csv", csv.toString()), out, err);
        assertThat(code).isEqualTo(ExitCode.SOME_NOT_DONE);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("ids.csv,3,'=1+1,");
    }

    @Test
    void aRejectedCsvThatCannotBeWrittenIsRefusedBeforeReading() throws IOException {
        Path f = file("ids.csv", "id\n1456\n=1+1\n");
        Path target = dir.resolve("missing").resolve("rejected.csv");

        int code = ImportCommand.run(List.of(f.toString(), "--rejected-csv", target.toString()), out, err);

        assertThat(code).isEqualTo(ExitCode.USAGE_OR_OPERATOR);
        assertThat(err())
                .isEqualToIgnoringNewLines("import: cannot write --rejected-csv " + target + ": the folder "
                        + target.getParent() + " does not exist");
        assertThat(out()).isEmpty();
    }
}
