package com.ixsweep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.importer.ImportResult.RejectedRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsExportTest {

    @TempDir
    Path dir;

    @Test
    void writesUtf8WithBomAndNeutralisesFormulas() throws Exception {
        ImportResult r = new ImportResult(
                "ids.csv",
                "id",
                List.of(),
                0,
                List.of(
                        new RejectedRow(3, "=HYPERLINK(\"http://x\",\"y\")", "not a profile ID"),
                        new RejectedRow(4, "-5", "negative number; profile IDs are positive"),
                        new RejectedRow(5, "@SUM(A1)", "r"),
                        new RejectedRow(6, "+1", "r"),
                        new RejectedRow(7, "a, b\nc", "r")));
        Path f = dir.resolve("rejected.csv");
        RejectedRowsExport.write(r, f);
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n"))
                .containsExactly(
                        "File,Row,Text,Reason",
                        "ids.csv,3,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",not a profile ID",
                        "ids.csv,4,'-5,negative number; profile IDs are positive",
                        "ids.csv,5,'@SUM(A1),r",
                        "ids.csv,6,'+1,r",
                        "ids.csv,7,\"a, b\nc\",r");
    }

    @Test
    void rejectedRowsOfARealImportRoundTripThroughTheImporter() throws Exception {
        Path ids = Files.writeString(dir.resolve("ids.csv"), "id\n1456\nabc\n-7\n");
        ImportResult r = new IdImporter().importFile(ids);
        Path out = dir.resolve("rejected.csv");
        RejectedRowsExport.write(r, out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("ids.csv,3,abc,").contains("ids.csv,4,'-7,");
    }
}
