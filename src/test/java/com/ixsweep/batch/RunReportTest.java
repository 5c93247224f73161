package com.ixsweep.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ixsweep.model.ProfileId;
import com.ixsweep.model.RowState;
import com.ixsweep.model.RowStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    @TempDir
    Path dir;

    private static RunReport sample() {
        Map<ProfileId, RowState> states = new LinkedHashMap<>();
        states.put(ProfileId.of(1456), RowState.of(RowStatus.CLEARED));
        states.put(ProfileId.of(1457), new RowState(RowStatus.NOT_FOUND, 2007, "Profile does not exist"));
        states.put(ProfileId.of(1458), RowState.failed(1001, "=HYPERLINK(\"http://x\",\"click\")"));
        states.put(ProfileId.of(1459), RowState.of(RowStatus.SKIPPED_OPEN, "open, \"busy\"\nsecond line"));
        return RunReport.of(states, Map.of(ProfileId.of(1456), "Shop 中 #1", ProfileId.of(1457), "@admin"));
    }

    @Test
    void csvOpensInExcelWithNamesIntactAndFormulasNeutralised() throws IOException {
        Path file = dir.resolve("report.csv");

        sample().write(file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n", -1))
                .containsExactly(
                        "id,name,status,code,message",
                        "1456,Shop 中 #1,Cleared,,",
                        "1457,'@admin,Not found,2007,Profile does not exist",
                        "1458,,Failed,1001,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"",
                        "1459,,Skipped (open),,\"open, \"\"busy\"\"\nsecond line\"",
                        "");
    }

    @Test
    void everyFormulaStarterIsNeutralised() {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            assertThat(RunReport.csvCell(start + "1+1")).contains("'" + start);
        }
        assertThat(RunReport.csvCell("plain")).isEqualTo("plain");
        assertThat(RunReport.csvCell("")).isEmpty();
    }

    @Test
    void jsonHasTheSameColumnsWithMachineStatusNames() throws IOException {
        Path file = dir.resolve("report.JSON");

        sample().write(file);

        JsonNode array = new ObjectMapper().readTree(file.toFile());
        assertThat(array).hasSize(4);
        assertThat(array.get(1).get("id").asLong()).isEqualTo(1457);
        assertThat(array.get(1).get("name").asText()).isEqualTo("@admin");
        assertThat(array.get(1).get("status").asText()).isEqualTo("NOT_FOUND");
        assertThat(array.get(1).get("code").asInt()).isEqualTo(2007);
        assertThat(array.get(2).get("message").asText()).isEqualTo("=HYPERLINK(\"http://x\",\"click\")");
    }

    @Test
    void anotherExtensionIsRefused() {
        assertThatThrownBy(() -> sample().write(dir.resolve("report.xlsx")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
