package com.ixsweep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ixsweep.importer.ImportResult.RejectedRow;
import com.ixsweep.model.ProfileId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world-style file in cases/import is read as expected.json says, and every file there has an entry. An entry
 * holds the IDs, rejected rows and duplicates, or {@code "error": true} (with an optional {@code "message"} the refusal
 * contains); optionally {@code "column"}, {@code "column_index"}, {@code "ambiguous"}, {@code "candidates"} (column
 * indexes) and {@code "reasons"} (a text each rejected row's reason contains, in order).
 */
class ImportCasesTest {

    private static final Path DIR = casesDir();
    private final IdImporter importer = new IdImporter();

    static Stream<Arguments> cases() throws IOException {
        JsonNode expected =
                new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) expected::fields) {
            out.add(Arguments.of(e.getKey(), e.getValue()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseFileIsReadAsExpected(String file, JsonNode expected) throws Exception {
        Path path = DIR.resolve(file);
        if (expected.path("error").asBoolean(false)) {
            assertThatThrownBy(() -> importer.importFile(path))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining(file)
                    .hasMessageContaining(expected.path("message").asText(""));
            return;
        }
        ImportResult result = importer.importFile(path);
        List<Long> ids = new ArrayList<>();
        expected.get("ids").forEach(n -> ids.add(n.asLong()));
        List<Integer> rows = new ArrayList<>();
        expected.get("rejected_rows").forEach(n -> rows.add(n.asInt()));
        assertThat(result.ids()).extracting(ProfileId::value).containsExactlyElementsOf(ids);
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactlyElementsOf(rows);
        assertThat(result.duplicates()).isEqualTo(expected.get("duplicates").asInt());
        assertThat(result.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertOptional(expected, result);
    }

    /** The keys a case may add: where the IDs were read from, whether the UI must ask, and why rows were left out. */
    private static void assertOptional(JsonNode expected, ImportResult result) {
        if (expected.has("column")) {
            assertThat(result.column()).isEqualTo(expected.get("column").asText());
        }
        if (expected.has("column_index")) {
            assertThat(result.columnIndex())
                    .isEqualTo(expected.get("column_index").asInt());
        }
        if (expected.has("ambiguous")) {
            assertThat(result.columnAmbiguous())
                    .isEqualTo(expected.get("ambiguous").asBoolean());
        }
        if (expected.has("candidates")) {
            List<Integer> candidates = new ArrayList<>();
            expected.get("candidates").forEach(n -> candidates.add(n.asInt()));
            assertThat(result.candidates()).extracting(ColumnCandidate::index).containsExactlyElementsOf(candidates);
        }
        if (expected.has("reasons")) {
            List<String> reasons = new ArrayList<>();
            expected.get("reasons").forEach(n -> reasons.add(n.asText()));
            assertThat(result.rejected()).hasSameSizeAs(reasons);
            for (int i = 0; i < reasons.size(); i++) {
                assertThat(result.rejected().get(i).reason())
                        .as("row " + result.rejected().get(i).row())
                        .contains(reasons.get(i));
            }
        }
    }

    @Test
    void everyCaseFileHasAnExpectation() throws IOException {
        JsonNode expected =
                new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.json")))
                    .allSatisfy(n -> assertThat(expected.has(n)).as(n).isTrue());
        }
    }

    private static Path casesDir() {
        try {
            return Path.of(ImportCasesTest.class
                            .getResource("/cases/import/expected.json")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
