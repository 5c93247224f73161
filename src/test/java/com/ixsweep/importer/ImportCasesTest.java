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

/** Every real-world-style file in cases/import is read as expected.json says, and every file there has an entry. */
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
                    .hasMessageContaining(file);
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
