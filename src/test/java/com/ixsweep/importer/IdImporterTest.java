package com.ixsweep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ixsweep.importer.ImportResult.RejectedRow;
import com.ixsweep.model.ProfileId;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kinds of input beyond the shared cases, one behaviour each. */
class IdImporterTest {

    @TempDir
    Path dir;

    private final IdImporter importer = new IdImporter();

    private Path file(String name, String text, Charset cs) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(cs));
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(ImportResult r) {
        return r.ids().stream().map(ProfileId::value).toList();
    }

    private static List<Integer> rejectedRows(ImportResult r) {
        return r.rejected().stream().map(RejectedRow::row).toList();
    }

    @Test
    void utf16BigEndianWithBomIsDecoded() throws Exception {
        byte[] body = "profile_id\tname\r\n1456\tcafé\r\n1457\tx\r\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(body, 0, bytes, 2, body.length);
        ImportResult r = importer.importFile(Files.write(dir.resolve("be.txt"), bytes));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.encoding()).contains("UTF-16BE");
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() throws Exception {
        ImportResult le = importer.importFile(file("le.csv", "id,name\n1456,a\n1457,b\n", StandardCharsets.UTF_16LE));
        ImportResult be = importer.importFile(file("be.csv", "id,name\n1456,a\n1457,b\n", StandardCharsets.UTF_16BE));
        assertThat(ids(le)).containsExactly(1456L, 1457L);
        assertThat(ids(be)).containsExactly(1456L, 1457L);
        assertThat(le.encoding()).contains("UTF-16LE");
    }

    @Test
    void cyrillicHeaderInWindows1251IsReadAsCyrillic() throws Exception {
        Path f = file(
                "ru.csv",
                "Номер профиля;Имя;Группа\n1456;Иван Петров;Магазин\n1457;Ольга;Реклама\n",
                Charset.forName("windows-1251"));
        ImportResult r = importer.importFile(f);
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.column()).isEqualTo("Номер профиля");
        assertThat(r.encoding()).isEqualTo("windows-1251 (guessed)");
    }

    @Test
    void westernTextInWindows1252IsNotMistakenForCyrillic() throws Exception {
        ImportResult r = importer.importFile(
                file("de.csv", "Profil-ID;Name\n1456;Müller Café\n1457;Zoë\n", Charset.forName("windows-1252")));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.encoding()).isEqualTo("windows-1252 (guessed)");
    }

    @Test
    void chineseHeaderInGbkWithoutBomIsReadAsGbk() throws Exception {
        ImportResult r = importer.importFile(
                file("cn.csv", "窗口序号,窗口名称,分组\n1456,店铺一号,默认分组\n1457,店铺二号,默认分组\n", Charset.forName("GBK")));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.column()).isEqualTo("窗口序号");
        assertThat(r.encoding()).startsWith("GBK");
    }

    @Test
    void legacyBytesAfterTheFirst64KbSwitchTheWholeFileToTheLegacyCodePage() throws Exception {
        StringBuilder sb = new StringBuilder("profile_id,name\n");
        for (int i = 1; i < 8000; i++) {
            sb.append(i).append(",shop\n");
        }
        sb.append("9000,Café\n");
        ImportResult r = importer.importFile(file("late.csv", sb.toString(), Charset.forName("windows-1252")));
        assertThat(r.ids()).hasSize(8000);
        assertThat(r.encoding()).contains("guessed");
    }

    @Test
    void carriageReturnOnlyLineEndsSplitRows() throws Exception {
        ImportResult r = importer.importFile(file("mac.csv", "profile_id,name\r1456,a\r1457,b\rabc,c\r"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(rejectedRows(r)).containsExactly(4);
    }

    @Test
    void pipeDelimitedColumnsAreSplit() throws Exception {
        ImportResult r = importer.importFile(file("pipe.csv", "name|serial number|tag\na|1456|x\nb|1457|y\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.columnIndex()).isEqualTo(1);
        assertThat(r.format()).contains("'|'");
    }

    @Test
    void excelSepLineSetsTheDelimiterAndCountsAsARow() throws Exception {
        ImportResult r = importer.importFile(file("sep.csv", "sep=;\nprofile_id;name\n1456;a,b\nxyz;c\n"));
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(rejectedRows(r)).containsExactly(4);
    }

    @Test
    void headerWithUnknownNamesIsDetectedByContent() throws Exception {
        ImportResult r = importer.importFile(file("content.csv", "shop,code,city\nA,1456,Paris\nB,1457,Rome\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.column()).isEqualTo("code");
        assertThat(r.rejected()).isEmpty();
    }

    @Test
    void withoutHeaderTheColumnOfIdsIsFoundByContent() throws Exception {
        ImportResult r = importer.importFile(file("nohead.csv", "shop a,1456\nshop b,1457\nshop c,1458\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L);
        assertThat(r.column()).isEqualTo("column B");
        assertThat(r.columnAmbiguous()).isFalse();
    }

    @Test
    void twoNumericColumnsWithoutHeaderAreAmbiguousAndTheUserCanPickTheOther() throws Exception {
        Path f = file("two.csv", "1456,7\n1457,8\n1458,9\n");
        ImportResult auto = importer.importFile(f);
        assertThat(auto.columnAmbiguous()).isTrue();
        assertThat(auto.candidates()).extracting(ColumnCandidate::index).containsExactly(0, 1);
        assertThat(ids(auto)).containsExactly(1456L, 1457L, 1458L);
        ImportResult chosen = importer.importFile(f, ColumnChoice.column(1));
        assertThat(ids(chosen)).containsExactly(7L, 8L, 9L);
        assertThat(chosen.columnAmbiguous()).isFalse();
    }

    @Test
    void aProfileIdHeaderWinsOverARowCounterColumn() throws Exception {
        ImportResult r = importer.importFile(file("no.csv", "No,Profile ID,Name\n1,1456,a\n2,1457,b\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.candidates()).extracting(ColumnCandidate::index).contains(0, 1);
    }

    @Test
    void titleLinesAboveTheHeaderAreSkipped() throws Exception {
        ImportResult r =
                importer.importFile(file("title.csv", "Profiles export 2026-12-03\n\nprofile_id,name\n1456,a\n"));
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(r.rejected()).isEmpty();
    }

    @Test
    void leadingZerosAreKeptOutOfTheValue() throws Exception {
        ImportResult r = importer.importFile(file("zeros.csv", "id\n001456\n0001457\n1456\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.duplicates()).isEqualTo(1);
    }

    @Test
    void thousandsSeparatorInsideOneQuotedFieldIsAccepted() throws Exception {
        ImportResult r = importer.importFile(file("thousands.csv", "profile_id,name\n\"2,001\",a\n\"1,456\",b\n"));
        assertThat(ids(r)).containsExactly(2001L, 1456L);
    }

    @Test
    void excelTextFormulasAndFullWidthDigitsAreAccepted() throws Exception {
        ImportResult r = importer.importFile(file("forms.csv", "profile_id\n=\"1456\"\n１４５７\n'1458\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L);
    }

    @Test
    void everyRejectedRowSaysWhy() throws Exception {
        ImportResult r = importer.importFile(file(
                "bad.csv",
                "profile_id,name\n1456,a\n1.23457E+15,b\n12.5,c\n-3,d\n0,e\n99999999999999999,f\nxyz,g\n,h\n,\n"));
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(rejectedRows(r)).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(r.rejected().get(0).reason()).contains("Excel rounded", "Text", "export it again");
        assertThat(r.rejected().get(1).reason()).contains("fractional");
        assertThat(r.rejected().get(2).reason()).contains("negative");
        assertThat(r.rejected().get(3).reason()).contains("start at 1");
        assertThat(r.rejected().get(4).reason()).contains("too large");
        assertThat(r.rejected().get(5).text()).isEqualTo("xyz");
        assertThat(r.rejected().get(6).reason()).contains("no ID");
    }

    @Test
    void rowsWithoutTheIdCellAreRejectedButBlankRowsAreNot() throws Exception {
        ImportResult r = importer.importFile(file("short.csv", "name,note,profile_id\na,b,1456\n\n,,\nTotal: 1\n"));
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(rejectedRows(r)).containsExactly(5);
    }

    @Test
    void quotedFieldsWithEmbeddedDelimitersQuotesAndNewlinesStayOneCell() throws Exception {
        ImportResult r = importer.importFile(
                file("q.csv", "name,profile_id\r\n\"a, \"\"b\"\"\r\nc\",1456\r\n\"d\",\"1457\"\r\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
    }

    @Test
    void aQuoteThatNeverClosesRefusesTheFileNamingTheRow() throws Exception {
        Path f = file("open.csv", "profile_id,name\n1456,a\n1457,\"b\n1458,c\n");
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("open.csv")
                .hasMessageContaining("row 3");
    }

    @Test
    void textListsAcceptCommasSemicolonsSpacesAndTabs() throws Exception {
        ImportResult r = importer.importFile(file("list.txt", "1456, 1457;1458 1459\t1460\n1461\n1456\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L, 1459L, 1460L, 1461L);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.columnIndex()).isEqualTo(-1);
    }

    @Test
    void aSingleLineCsvOfIdsIsAList() throws Exception {
        ImportResult r = importer.importFile(file("line.csv", "1456,1457,1458\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L);
    }

    @Test
    void rejectedTokensInAListCarryTheirLineNumber() throws Exception {
        ImportResult r = importer.importText("1456 1457\n1458 abc\n\n1459,0", "clipboard");
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L, 1459L);
        assertThat(rejectedRows(r)).containsExactly(2, 4);
    }

    @Test
    void pastedSpreadsheetCellsWithHeaderAreReadAsATable() throws Exception {
        ImportResult r = importer.importText("Name\tProfile ID\r\nshop a\t1456\r\nshop b\t1457\r\n", "clipboard");
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.column()).isEqualTo("Profile ID");
    }

    @Test
    void blankPasteIsRefused() {
        assertThatThrownBy(() -> importer.importText(" \n\t\n", "clipboard"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("clipboard");
    }

    @Test
    void nineteenDigitIdsAreRefusedAsAnotherToolsIds() throws Exception {
        Path f = file("snow.csv", "id\n1234567890123456789\n1234567890123456790\n");
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("snow.csv")
                .hasMessageContaining("19-digit")
                .hasMessageContaining("ixBrowser");
    }

    @Test
    void hexIdsAreRefusedNamingTheLikelySource() throws Exception {
        Path gologin = file("g.csv", "id,name\n5f8d0d55b54764421b7156c3,a\n5f8d0d55b54764421b7156c4,b\n");
        Path hex32 = file("b.csv", "id\n2c996b378ad74e3b9d8e6a0c8c4b1e53\n2c996b378ad74e3b9d8e6a0c8c4b1e54\n");
        Path uuid = file("u.txt", "0f8fad5b-d9cb-469f-a165-70867728950e\n7c9e6679-7425-40de-944b-e07fc1f90ae7\n");
        assertThatThrownBy(() -> importer.importFile(gologin)).hasMessageContaining("GoLogin");
        assertThatThrownBy(() -> importer.importFile(hex32)).hasMessageContaining("32-character hex");
        assertThatThrownBy(() -> importer.importFile(uuid)).hasMessageContaining("UUID");
    }

    @Test
    void adsPowerIdsAreRefusedNamingAdsPower() throws Exception {
        Path f = file("ads.csv", "acc_id,user_id\n1,j5k2m1x\n2,h1yynkm\n3,kx83hd2\n");
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("ads.csv")
                .hasMessageContaining("AdsPower")
                .hasMessageContaining("IX Sweep clears ixBrowser profiles");
    }

    @Test
    void binaryContentIsRefusedWhateverTheName() throws Exception {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path f = Files.write(dir.resolve("data.csv"), bytes);
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("data.csv")
                .hasMessageContaining("binary");
    }

    @Test
    void oldExcelWorkbooksAreRefusedWithAdvice() throws Exception {
        byte[] bytes = new byte[600];
        bytes[0] = (byte) 0xD0;
        bytes[1] = (byte) 0xCF;
        bytes[2] = 0x11;
        bytes[3] = (byte) 0xE0;
        Path f = Files.write(dir.resolve("old.xls"), bytes);
        assertThatThrownBy(() -> importer.importFile(f))
                .hasMessageContaining(".xls")
                .hasMessageContaining(".xlsx");
    }

    @Test
    void headerOnlyFilesAreRefused() throws Exception {
        Path f = file("head.csv", "profile_id,name\r\n\r\n");
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("head.csv")
                .hasMessageContaining("header");
    }

    @Test
    void blankFilesAreRefused() throws Exception {
        Path f = file("blank.txt", "\n\n   \n");
        assertThatThrownBy(() -> importer.importFile(f)).hasMessageContaining("blank.txt");
    }

    @Test
    void filesWithoutAnyValidIdAreRefusedShowingTheFirstProblem() throws Exception {
        Path f = file("junk.txt", "hello\nworld\n");
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("junk.txt")
                .hasMessageContaining("row 1");
    }

    @Test
    void filesAboveTheSizeBoundAreRefusedStatingTheBound() throws Exception {
        Path f = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(IdImporter.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("huge.csv")
                .hasMessageContaining("200 MB");
    }

    @Test
    void missingFilesAreRefused() {
        assertThatThrownBy(() -> importer.importFile(dir.resolve("nope.csv"))).hasMessageContaining("nope.csv");
    }

    @Test
    void xlsxWithSharedStringsReadsTheNamedColumn() throws Exception {
        Path f = TestXlsx.write(
                dir.resolve("shared.xlsx"),
                List.of("Name", "Profile ID", "shop a", "1457"),
                new TestXlsx.Sheet(
                        "S",
                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>1456</v></c></row>"
                                + "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>3</v></c></row>"));
        ImportResult r = importer.importFile(f);
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.column()).isEqualTo("Profile ID");
        assertThat(r.columnIndex()).isEqualTo(1);
    }

    @Test
    void xlsxWithInlineStringsAndGapsKeepsSheetRowNumbers() throws Exception {
        Path f = TestXlsx.write(
                dir.resolve("inline.xlsx"),
                List.of(),
                new TestXlsx.Sheet(
                        "S",
                        "<row r=\"1\"><c r=\"C1\" t=\"inlineStr\"><is><t>serial</t></is></c></row>"
                                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"C2\"><v>1456.0</v></c></row>"
                                + "<row r=\"5\"><c r=\"C5\" t=\"inlineStr\"><is><t>oops</t></is></c></row>"
                                + "<row r=\"7\"><c r=\"C7\" t=\"str\"><f>A1</f><v>1457</v></c></row>"));
        ImportResult r = importer.importFile(f);
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(rejectedRows(r)).containsExactly(5);
        assertThat(r.columnIndex()).isEqualTo(2);
    }

    @Test
    void xlsxReadsTheFirstSheetThatHoldsIds() throws Exception {
        Path f = TestXlsx.write(
                dir.resolve("sheets.xlsx"),
                List.of(),
                new TestXlsx.Sheet(
                        "Notes", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>read me</t></is></c></row>"),
                new TestXlsx.Sheet(
                        "IDs",
                        "<row r=\"1\"><c r=\"A1\"><v>1456</v></c></row><row r=\"2\"><c r=\"A2\"><v>1457</v></c></row>"));
        ImportResult r = importer.importFile(f);
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.format()).contains("IDs");
        assertThat(r.source()).isEqualTo("sheets.xlsx");
    }

    @Test
    void aWorkbookSavedWithACsvNameIsStillReadAsAWorkbook() throws Exception {
        Path f = TestXlsx.write(
                dir.resolve("really.csv"),
                List.of(),
                new TestXlsx.Sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1456</v></c></row>"));
        assertThat(ids(importer.importFile(f))).containsExactly(1456L);
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws Exception {
        Path f = dir.resolve("a.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("ids.csv"));
            zip.write("1456\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> importer.importFile(f)).hasMessageContaining("ZIP archive");
    }

    @Test
    void aHeaderWordBelowIdsNeverHidesTheIdsAboveIt() throws Exception {
        ImportResult r = importer.importFile(file("late-id.txt", "1456\n1457\nid\n1458\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L);
        assertThat(rejectedRows(r)).containsExactly(3);
    }

    @Test
    void headerRowsRepeatedByJoinedExportsAreSkipped() throws Exception {
        ImportResult r = importer.importFile(file("joined.csv", "profile_id,name\n1456,a\nprofile_id,name\n1457,b\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.rejected()).isEmpty();
    }

    @Test
    void commaDecimalIntegralFloatsFromSemicolonLocalesAreAccepted() throws Exception {
        ImportResult r = importer.importFile(file("de.csv", "ID;Name\n1456,0;a\n1457,00;b\n1458,5;c\n"));
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(rejectedRows(r)).containsExactly(4);
    }

    @Test
    void aDoubledByteOrderMarkDoesNotHideTheHeader() throws Exception {
        ImportResult r = importer.importFile(file("bom2.csv", "\uFEFF\uFEFFprofile_id,name\n1456,a\n"));
        assertThat(r.column()).isEqualTo("profile_id");
        assertThat(r.rejected()).isEmpty();
    }

    @Test
    void aTabSeparatedGridPastedFromASpreadsheetIsATableNotAList() throws Exception {
        ImportResult r = importer.importText("1456\t3\r\n1457\t3\r\n1458\t4\r\n", "clipboard");
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L);
        assertThat(r.columnIndex()).isZero();
    }

    @Test
    void aSpaceSeparatedGridInATextFileIsAList() throws Exception {
        ImportResult r = importer.importFile(file("grid.txt", "1456 1457 1458\n1459 1460 1461\n1462 1463 1464\n"));
        assertThat(r.ids()).hasSize(9);
    }

    @Test
    void invisibleDirectionMarksAroundIdsAreTrimmed() throws Exception {
        ImportResult r = importer.importText("\u200E1456\u200F\n\u20601457\n", "clipboard");
        assertThat(ids(r)).containsExactly(1456L, 1457L);
    }

    @Test
    void webPagesSavedAsSpreadsheetsAreRefused() throws Exception {
        Path f = file("export.xls", "<html><body><table><tr><td>1456</td></tr></table></body></html>");
        assertThatThrownBy(() -> importer.importFile(f))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("export.xls")
                .hasMessageContaining("HTML");
    }

    @Test
    void xlsxBooleanCellsAreNotReadAsIdOne() throws Exception {
        Path f = TestXlsx.write(
                dir.resolve("b.xlsx"),
                List.of(),
                new TestXlsx.Sheet(
                        "S",
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>"
                                + "<row r=\"2\"><c r=\"A2\"><v>1456</v></c></row>"
                                + "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>1</v></c></row>"));
        ImportResult r = importer.importFile(f);
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(rejectedRows(r)).containsExactly(3);
    }

    @Test
    void adsPowerSerialNumbersNextToAdsPowerIdsAreRefusedUnlessTheUserChoosesTheColumn() throws Exception {
        Path f = file("ads-export.csv", "serial_number,user_id,name\n1,j5k2m1x,a\n2,h1yynkm,b\n3,kx83hd2,c\n");
        assertThatThrownBy(() -> importer.importFile(f))
                .hasMessageContaining("AdsPower")
                .hasMessageContaining("serial_number holds numbers too");
        assertThat(ids(importer.importFile(f, ColumnChoice.column(0)))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theUserCanSayWhetherTheFirstRowIsAHeader() throws Exception {
        Path f = file("h.csv", "code,name\n1456,a\n1457,b\n");
        ImportResult absent = importer.importFile(f, new ColumnChoice(0, ColumnChoice.Header.ABSENT));
        assertThat(rejectedRows(absent)).containsExactly(1);
        Path g = file("g.csv", "1456,a\n1457,b\n1458,c\n");
        ImportResult present = importer.importFile(g, new ColumnChoice(-1, ColumnChoice.Header.PRESENT));
        assertThat(ids(present)).containsExactly(1457L, 1458L);
        assertThat(present.column()).isEqualTo("1456");
    }

    @Test
    void choosingAColumnThatDoesNotExistIsRefused() throws Exception {
        Path f = file("c.csv", "id,name\n1456,a\n");
        assertThatThrownBy(() -> importer.importFile(f, ColumnChoice.column(5))).hasMessageContaining("no column F");
    }

    @Test
    void aSheetWithANamedIdColumnWinsOverAnEarlierSheetOfNumbers() throws Exception {
        Path f = TestXlsx.write(
                dir.resolve("summary.xlsx"),
                List.of(),
                new TestXlsx.Sheet(
                        "Summary",
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Count</t></is></c></row>"
                                + "<row r=\"2\"><c r=\"A2\"><v>12</v></c></row><row r=\"3\"><c r=\"A3\"><v>30</v></c></row>"),
                new TestXlsx.Sheet(
                        "Profiles",
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Profile ID</t></is></c></row>"
                                + "<row r=\"2\"><c r=\"A2\"><v>1456</v></c></row>"));
        ImportResult r = importer.importFile(f);
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(r.format()).contains("Profiles");
    }

    @Test
    void utf32WithBomIsDecodedNotCalledBinary() throws Exception {
        byte[] body = "id\n1456\n".getBytes(Charset.forName("UTF-32LE"));
        byte[] bytes = new byte[body.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 4, body.length);
        assertThat(ids(importer.importFile(Files.write(dir.resolve("u32.txt"), bytes))))
                .containsExactly(1456L);
    }
    // --- a grid of numbers is a table whose ID column is asked for, not a list ---

    @Test
    void twoLinesOfTwoCommaSeparatedNumbersAreAnAmbiguousTableNotAList() throws Exception {
        for (ImportResult r : List.of(
                importer.importFile(file("grid.csv", "1,100\n2,200\n")),
                importer.importFile(file("grid.txt", "1,100\n2,200\n")),
                importer.importText("1,100\n2,200", "clipboard"),
                importer.importText("1;100\r\n2;200\r\n", "clipboard"))) {
            assertThat(r.columnAmbiguous()).as(r.source()).isTrue();
            assertThat(r.candidates()).extracting(ColumnCandidate::index).containsExactly(0, 1);
            assertThat(r.columnIndex()).isZero();
            assertThat(ids(r)).containsExactly(1L, 2L);
        }
        Path f = file("grid2.csv", "1,100\n2,200\n");
        assertThat(ids(importer.importFile(f, ColumnChoice.column(1)))).containsExactly(100L, 200L);
    }

    @Test
    void aCommaSeparatedGridPastedAsTextIsATableNotAList() throws Exception {
        ImportResult r = importer.importText("1456,7\n1457,8\n1458,9\n1459,7\n", "clipboard");
        assertThat(r.columnIndex()).isZero();
        assertThat(r.columnAmbiguous()).isTrue();
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L, 1459L);
    }

    @Test
    void aSingleLineOrLinesOfVaryingLengthRemainAList() throws Exception {
        assertThat(ids(importer.importText("1,100,2,200", "clipboard"))).containsExactly(1L, 100L, 2L, 200L);
        ImportResult varying = importer.importFile(file("v.csv", "1,100\n2,200,300\n"));
        assertThat(ids(varying)).containsExactly(1L, 100L, 2L, 200L, 300L);
        assertThat(varying.columnIndex()).isEqualTo(-1);
        assertThat(varying.columnAmbiguous()).isFalse();
    }

    @Test
    void aOneColumnHeaderAboveAGridOfNumbersIsAmbiguous() throws Exception {
        ImportResult r = importer.importFile(file("h.csv", "id\n1456,7\n1457,8\n"));
        assertThat(r.columnAmbiguous()).isTrue();
        assertThat(r.candidates()).extracting(ColumnCandidate::index).containsExactly(0, 1);
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(r.column()).isEqualTo("id");
    }

    // --- a number written with an unquoted thousands separator is not two IDs ---

    @Test
    void anUnquotedThousandsSeparatorUnderAOneColumnHeaderRejectsTheRowWithAdvice() throws Exception {
        for (ImportResult r : List.of(
                importer.importFile(file("t.csv", "id\n1,234\n5\n6\n")),
                importer.importFile(file("t.txt", "id\n1,234\n5\n6\n")),
                importer.importText("id\n1,234\n5\n6", "clipboard"))) {
            assertThat(ids(r)).as(r.source()).containsExactly(5L, 6L);
            assertThat(rejectedRows(r)).containsExactly(2);
            RejectedRow row = r.rejected().get(0);
            assertThat(row.text()).isEqualTo("1,234");
            assertThat(row.reason()).contains("thousands separator", "1234", "quote");
            assertThat(r.column()).isEqualTo("id");
        }
    }

    @Test
    void anUnquotedThousandsSeparatorInTheIdColumnOfATableRejectsTheRow() throws Exception {
        ImportResult r = importer.importFile(file("t.csv", "profile_id,name\n1,234,shop a\n1456,shop b\n"));
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(rejectedRows(r)).containsExactly(2);
        assertThat(r.rejected().get(0).text()).isEqualTo("1,234");
        assertThat(r.rejected().get(0).reason()).contains("thousands separator");
        ImportResult many = importer.importFile(file("m.csv", "id,name\n1,234,567,a\n1456,b\n"));
        assertThat(many.rejected().get(0).text()).isEqualTo("1,234,567");
        assertThat(many.rejected().get(0).reason()).contains("1234567");
    }

    @Test
    void aNumberCutByTheCommaBeforeTheIdColumnRejectsTheRowItShifts() throws Exception {
        ImportResult r = importer.importFile(file("shift.csv", "count,profile_id\n1,234,1456\n5,1457\n"));
        assertThat(ids(r)).containsExactly(1457L);
        assertThat(rejectedRows(r)).containsExactly(2);
        assertThat(r.rejected().get(0).text()).isEqualTo("1,234,1456");
        assertThat(r.rejected().get(0).reason()).contains("column A", "1,234", "shifts", "quote");
        assertThat(r.column()).isEqualTo("profile_id");
        ImportResult sci = importer.importFile(file("price.csv", "price,profile_id\n1,5E+3,1456\n2,1457\n"));
        assertThat(ids(sci)).containsExactly(1457L);
        assertThat(sci.rejected().get(0).reason()).contains("1,5E+3", "shifts");
    }

    @Test
    void aHeaderNamingSeveralColumnsMakesATableWhateverTheRowsLookLike() throws Exception {
        ImportResult r = importer.importText("n,profile_id\n1,1456\n2,1457,1458\n", "clipboard");
        assertThat(r.columnIndex()).isEqualTo(1);
        assertThat(ids(r)).containsExactly(1456L, 1457L);
    }

    @Test
    void aSpaceThousandsSeparatorUnderAOneColumnHeaderIsNotSplitEither() throws Exception {
        ImportResult r = importer.importText("profile_id\n1 234\n1456 1457\n", "clipboard");
        assertThat(ids(r)).containsExactly(1456L, 1457L);
        assertThat(rejectedRows(r)).containsExactly(2);
        assertThat(r.rejected().get(0).reason()).contains("write 1234");
    }

    @Test
    void aRefusalCountsRowsNotTheValuesInThem() throws Exception {
        assertThatThrownBy(() -> importer.importText("1.5 2.5\n3.5 4.5\n", "clipboard"))
                .hasMessageContaining("all 2 rows were rejected");
    }

    @Test
    void aFirstLineHoldingIdsIsNeverSkippedAsAHeader() throws Exception {
        ImportResult r = importer.importText("ID: 1456, 1457\n1458 1459\n", "clipboard");
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L, 1459L);
        assertThat(rejectedRows(r)).containsExactly(1);
        assertThat(r.rejected().get(0).text()).isEqualTo("ID:");
    }

    @Test
    void aHeaderAboveAListIsReportedAsTheColumn() throws Exception {
        ImportResult r = importer.importText("Profile IDs\n1456, 1457, 1458\n1459\n", "clipboard");
        assertThat(ids(r)).containsExactly(1456L, 1457L, 1458L, 1459L);
        assertThat(r.column()).isEqualTo("Profile IDs");
        assertThat(r.rejected()).isEmpty();
    }

    // --- the column guess counts IDs over all rows ---

    @Test
    void aColumnPresentInOnlyAFewRowsDoesNotWinTheGuess() throws Exception {
        String junk = "42\nhello there\nsee below\n1,234\nfoo\n555555\nbar\nbaz qux\nmore text\nthe end\n";
        for (ImportResult r :
                List.of(importer.importText(junk, "clipboard"), importer.importFile(file("junk.txt", junk)))) {
            assertThat(r.columnIndex()).as(r.source()).isZero();
            assertThat(r.columnAmbiguous()).isTrue();
            assertThat(r.candidates()).extracting(ColumnCandidate::index).containsExactly(0, 1);
            ColumnCandidate a = r.candidates().get(0);
            ColumnCandidate b = r.candidates().get(1);
            assertThat(a.idsInSample()).isGreaterThan(b.idsInSample());
            assertThat(b.cellsInSample()).isEqualTo(10);
            assertThat(ids(r)).containsExactly(42L, 555555L);
            assertThat(rejectedRows(r)).containsExactly(2, 3, 4, 5, 7, 8, 9, 10);
            assertThat(r.rejected().get(2).reason()).contains("thousands separator");
        }
    }

    // --- scientific notation is rejected whole, never split ---

    @Test
    void scientificNotationIsRejectedPerRowAndNeverSplit() throws Exception {
        for (String text : List.of(
                "1.23E+5\n4.56E+5\n1456\n",
                "1,23E+5\n4,56E+5\n1456\n",
                "1,23E+5\n4,56E+5\n7,89E+5\n1456\n",
                "profile_id\n1,23E+5\n4,56e5\n1456\n")) {
            boolean header = text.startsWith("profile_id");
            for (ImportResult r : List.of(
                    importer.importFile(file("sci.csv", text)),
                    importer.importFile(file("sci.txt", text)),
                    importer.importText(text, "clipboard"))) {
                assertThat(ids(r)).as(r.source() + ": " + text).containsExactly(1456L);
                int lines = (int) text.lines().count();
                List<Integer> expected = new java.util.ArrayList<>();
                for (int row = header ? 2 : 1; row < lines; row++) {
                    expected.add(row);
                }
                assertThat(rejectedRows(r)).as(r.source() + ": " + text).containsExactlyElementsOf(expected);
                assertThat(r.rejected()).allSatisfy(row -> {
                    assertThat(row.reason()).contains("scientific notation", "Text");
                    assertThat(row.text()).containsIgnoringCase("e");
                });
            }
        }
    }

    @Test
    void aFileOfOnlyScientificValuesIsRefusedWithTheExcelAdvice() throws Exception {
        for (String text : List.of("1.23E+5\n4.56E+5\n7.89E+5\n", "1,23E+5\n4,56E+5\n7,89E+5\n")) {
            Path f = file("sci.csv", text);
            assertThatThrownBy(() -> importer.importFile(f))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("row 1")
                    .hasMessageContaining(text.substring(0, 7))
                    .hasMessageContaining("scientific notation");
        }
    }

    @Test
    void aListOfScientificValuesWithCommaDecimalsKeepsEachValueWhole() throws Exception {
        ImportResult r = importer.importText("1,23E+5 4,56E+5 1456", "clipboard");
        assertThat(ids(r)).containsExactly(1456L);
        assertThat(r.rejected()).extracting(RejectedRow::text).containsExactly("1,23E+5", "4,56E+5");
    }
}
