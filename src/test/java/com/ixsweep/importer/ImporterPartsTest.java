package com.ixsweep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts on their own: encoding detection, delimiter sniffing, tokenizing, and robustness of the whole. */
class ImporterPartsTest {

    @TempDir
    Path dir;

    private static EncodingDetector.Detected detect(byte[] b) {
        return EncodingDetector.detect(b, b.length, true);
    }

    @Test
    void byteOrderMarksDecideTheEncoding() {
        assertThat(detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'})
                        .bomLength())
                .isEqualTo(3);
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xFE, '1', 0}).charset())
                .isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(detect(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '1'}).charset())
                .isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void validUtf8IsNotAGuessAndLegacyCodePagesAre() {
        var utf8 = detect("id,名前\n1456,Zoë\n".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.guessed()).isFalse();
        var gbk = detect("编号,名称\n1456,测试店铺\n".getBytes(Charset.forName("GBK")));
        assertThat(gbk.charset().name()).isEqualTo("GBK");
        assertThat(gbk.guessed()).isTrue();
        var cyr = detect("Профиль,Имя\n1456,Иван\n".getBytes(Charset.forName("windows-1251")));
        assertThat(cyr.charset().name()).isEqualTo("windows-1251");
        var west = detect("Profil,Name\n1456,Café Müller Ørsted Größe\n".getBytes(Charset.forName("windows-1252")));
        assertThat(west.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void aUtf8SequenceCutByTheSampleBoundIsNotAnError() {
        byte[] b = "1456,é".getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.isValidUtf8(b, b.length - 1, false)).isTrue();
        assertThat(EncodingDetector.isValidUtf8(b, b.length - 1, true)).isFalse();
    }

    @Test
    void delimiterIsTheOneThatIsConsistentOutsideQuotes() {
        assertThat(DelimiterSniffer.sniff("a;b;c\n\"1,5\";2;3\n4;5,5;6\n").delimiter())
                .isEqualTo(';');
        assertThat(DelimiterSniffer.sniff("a\tb\n1\t\"x, y\"\n").delimiter()).isEqualTo('\t');
        assertThat(DelimiterSniffer.sniff("a|b\n1|2\n").delimiter()).isEqualTo('|');
        assertThat(DelimiterSniffer.sniff("1456\n1457\n").delimiter()).isEqualTo(DelimiterSniffer.NONE);
        var sep = DelimiterSniffer.sniff("sep=|\na|b\n");
        assertThat(sep.delimiter()).isEqualTo('|');
        assertThat(sep.sepLine()).isTrue();
    }

    @Test
    void aDecimalCommaInScientificNotationIsNoDelimiter() {
        assertThat(DelimiterSniffer.sniff("1,23E+5\n4,56E+5\n1456\n").delimiter())
                .isEqualTo(DelimiterSniffer.NONE);
        assertThat(DelimiterSniffer.sniff("1,23E+5;a\n4,56E+5;b\n").delimiter()).isEqualTo(';');
        assertThat(DelimiterSniffer.sniff("1,2\n3,4\n").delimiter()).isEqualTo(',');
    }

    @Test
    void listTokensKeepScientificValuesWithADecimalCommaWhole() {
        assertThat(ListTokens.split("1,23E+5 4,56e-3;1456, 1457"))
                .containsExactly("1,23E+5", "4,56e-3", "1456", "1457");
        assertThat(ListTokens.split("1,23E+5x,7")).containsExactly("1", "23E+5x", "7");
        assertThat(ListTokens.split("1,2,3")).containsExactly("1", "2", "3");
    }

    @Test
    void tokenizerHandlesQuotesAndEveryLineEnd() throws IOException {
        CsvTokenizer t = new CsvTokenizer(new StringReader("a,\"b,\"\"c\"\"\r\nd\"\r1,2\n3,\n\"\"\r\n"), ',');
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        while (t.next()) {
            rows.add(List.of(t.cellsAsStrings()));
            numbers.add(t.row());
        }
        assertThat(rows)
                .containsExactly(List.of("a", "b,\"c\"\r\nd"), List.of("1", "2"), List.of("3", ""), List.of(""));
        assertThat(numbers).containsExactly(1, 2, 3, 4);
    }

    @Test
    void tokenizerCellsSpanningItsReadBufferStayWhole() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append(i + 1).append(",\"name ").append(i).append("\"\r\n");
        }
        CsvTokenizer t = new CsvTokenizer(new StringReader(sb.toString()), ',');
        int n = 0;
        while (t.next()) {
            n++;
            assertThat(t.cell(0)).isEqualTo(Integer.toString(n));
            assertThat(t.cell(1)).isEqualTo("name " + (n - 1));
        }
        assertThat(n).isEqualTo(20_000);
    }

    @Test
    void randomInputNeverEscapesAsAnythingButARefusalOrAResult() throws IOException {
        Random random = new Random(42);
        IdImporter importer = new IdImporter();
        String alphabet = "0123456789,;\t|\"\r\n .eE-+abcx=’'\u00A0中";
        for (int i = 0; i < 150; i++) {
            byte[] bytes;
            if (i % 3 == 0) {
                bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
            } else {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(200);
                for (int j = 0; j < len; j++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                bytes = sb.toString().getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
            }
            Path f = Files.write(dir.resolve("r" + i + ".csv"), bytes);
            Throwable thrown = catchThrowable(() -> importer.importFile(f));
            assertThat(thrown)
                    .as("input %d", i)
                    .satisfiesAnyOf(
                            x -> assertThat(x).isNull(), x -> assertThat(x).isInstanceOf(ImportException.class));
        }
    }

    @Test
    void damagedWorkbooksAreRefusedNotCrashedOn() throws Exception {
        byte[] good = Files.readAllBytes(Path.of(ImporterPartsTest.class
                .getResource("/cases/import/profiles.xlsx")
                .toURI()));
        Random random = new Random(7);
        IdImporter importer = new IdImporter();
        for (int i = 0; i < 100; i++) {
            byte[] bytes = good.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                bytes[4 + random.nextInt(bytes.length - 4)] = (byte) random.nextInt(256);
            }
            Path f = Files.write(dir.resolve("d" + i + ".xlsx"), bytes);
            Throwable thrown = catchThrowable(() -> importer.importFile(f));
            assertThat(thrown)
                    .as("damaged workbook %d", i)
                    .satisfiesAnyOf(
                            x -> assertThat(x).isNull(), x -> assertThat(x).isInstanceOf(ImportException.class));
        }
    }

    @Test
    void idColumnNamesAreRecognisedWhateverTheirCaseSpacingOrScript() {
        for (String name : List.of(
                "profile_id",
                "Profile ID",
                "PROFILE-ID",
                " profileId ",
                "Profile IDs",
                "serial number",
                "Serial No.",
                "No",
                "#",
                "ID",
                "序号",
                "编号",
                "窗口序号",
                "窗口编号",
                "窗口 ID",
                "序號",
                "\uFEFFprofile_id")) {
            assertThat(IdColumnFinder.headerScore(name)).as(name).isPositive();
        }
        for (String name : List.of("name", "group", "user_id", "note", "1456", "")) {
            assertThat(IdColumnFinder.headerScore(name)).as(name).isZero();
        }
        assertThat(IdColumnFinder.headerScore("Profile ID")).isGreaterThan(IdColumnFinder.headerScore("No"));
    }

    @Test
    void collectorRefusesMoreIdsThanAnyAccountHolds() {
        IdCollector c = new IdCollector(0);
        Throwable thrown = catchThrowable(() -> {
            for (long id = 1; id <= IdCollector.MAX_IDS + 1L; id++) {
                c.add(id);
            }
        });
        assertThat(thrown).isInstanceOf(IdCollector.TooManyIdsException.class);
        assertThat(c.size()).isEqualTo(IdCollector.MAX_IDS);
    }
}
