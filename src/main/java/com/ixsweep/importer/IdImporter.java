package com.ixsweep.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a list of profile IDs from a file (CSV, TSV, TXT, XLSX, whatever its name says) or from pasted text. Decides
 * the encoding, the delimiter, the header row and the ID column, then reads every row, keeping the first of each ID
 * and telling for every row it leaves out why. Refuses, with a message naming the file and what is wrong, inputs that
 * cannot be a list of ixBrowser profile IDs: empty, header only, binary, too large, or another vendor's IDs.
 *
 * <p>Row numbers are those a person sees: 1-based, header and blank rows included; in CSV a record whose quoted cell
 * spans several lines counts as one row (as in Excel), in XLSX the sheet's own row numbers.
 *
 * <p>Plain Java and stateless: any thread may call it, and a UI should call it off the FX thread since a large file
 * takes about a second.
 */
public final class IdImporter {

    /** Files above this size are refused: an ID list of a million rows is about 10 MB. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /** Inputs with more distinct IDs than this are refused. */
    public static final int MAX_IDS = IdCollector.MAX_IDS;

    /** Pasted text above this many characters is refused. */
    public static final int MAX_TEXT_CHARS = 100 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(IdImporter.class);
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int SAMPLE_ROWS = 200;
    private static final int SAMPLE_CHARS = 64 * 1024;

    public ImportResult importFile(Path file) throws ImportException {
        return importFile(file, ColumnChoice.AUTO);
    }

    /** Reads the file again with the column the user chose among {@link ImportResult#candidates()}. */
    public ImportResult importFile(Path file, ColumnChoice choice) throws ImportException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name + " is a folder, not a file of IDs");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + " does not exist (" + file + ")", e);
        } catch (IOException e) {
            throw new ImportException(name + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new ImportException(name + " is empty (0 bytes)");
        }
        if (size > MAX_FILE_BYTES) {
            throw new ImportException(name + " is " + (size >> 20) + " MB; IX Sweep reads ID lists of up to "
                    + (MAX_FILE_BYTES >> 20) + " MB. Split it into smaller files, or keep only the ID column.");
        }
        byte[] head = readHead(file, name);
        boolean whole = head.length == size;
        FileMagic magic = FileMagic.of(head);
        if (magic == FileMagic.ZIP) {
            return importZip(file, name, choice, head);
        }
        if (magic != null) {
            throw new ImportException(name + " is " + magic.description() + ", not a list of IDs" + magic.advice());
        }
        EncodingDetector.Detected enc = EncodingDetector.detect(head, head.length, whole);
        if (looksBinary(head, enc)) {
            throw new ImportException(name + " is not a text file despite its name: it holds binary data."
                    + " Export the profile IDs as CSV, TXT or XLSX and import that file.");
        }
        try {
            return importTextFile(file, name, head, whole, enc, choice);
        } catch (CharacterCodingException e) {
            if (!enc.guessed() && enc.bomLength() == 0 && enc.charset().name().equals("UTF-8")) {
                return importLegacy(file, name, choice);
            }
            throw new ImportException(
                    name + " is not valid " + enc.charset().name() + " past its first " + (HEAD_BYTES >> 10)
                            + " KB although it starts so; save it again as UTF-8 and import it again",
                    e);
        }
    }

    /** Pasted text (the clipboard): lists of IDs in any separators, or cells copied from a spreadsheet. */
    public ImportResult importText(String text, String sourceName) throws ImportException {
        return importText(text, sourceName, ColumnChoice.AUTO);
    }

    public ImportResult importText(String text, String sourceName, ColumnChoice choice) throws ImportException {
        String source = sourceName == null || sourceName.isBlank() ? "clipboard" : sourceName;
        if (text == null || text.isBlank()) {
            throw new ImportException(source + " is empty: there are no IDs to import");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ImportException(source + " holds " + (text.length() >> 20) + " M characters; IX Sweep reads "
                    + "pasted lists of up to " + (MAX_TEXT_CHARS >> 20) + " M characters. Import it as a file.");
        }
        String t = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        String sample =
                completeLines(t.length() > SAMPLE_CHARS ? t.substring(0, SAMPLE_CHARS) : t, t.length() <= SAMPLE_CHARS);
        try {
            return read(new StringReader(t), source, sample, true, choice, "", estimateRows(sample, t.length()));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a String cannot be malformed", e);
        } catch (IOException e) {
            throw new ImportException(source + " cannot be read: " + e.getMessage(), e);
        }
    }

    private ImportResult importTextFile(
            Path file, String name, byte[] head, boolean whole, EncodingDetector.Detected enc, ColumnChoice choice)
            throws ImportException, CharacterCodingException {
        String sample =
                completeLines(EncodingDetector.decodeSample(head, enc.bomLength(), head.length, enc.charset()), whole);
        if (enc.guessed()) {
            LOG.info("{} is not UTF-8; reading it as {}", name, enc.label());
        }
        refuseMarkup(sample, name);
        CharsetDecoder decoder = enc.charset().newDecoder();
        CodingErrorAction onError = enc.guessed() ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        decoder.onMalformedInput(onError).onUnmappableCharacter(onError);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(enc.bomLength());
            long rows = estimateRows(sample, (double) Files.size(file) / Math.max(1, head.length) * sample.length());
            return read(new InputStreamReader(in, decoder), name, sample, isPlainText(name), choice, enc.label(), rows);
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException e) {
            throw new ImportException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The start looked like UTF-8 but a later part is not: decide the code page from the whole file. */
    private ImportResult importLegacy(Path file, String name, ColumnChoice choice) throws ImportException {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(name + " cannot be read: " + e.getMessage(), e);
        }
        var enc = new EncodingDetector.Detected(EncodingDetector.guessLegacy(all, all.length), 0, true);
        byte[] head = all.length > HEAD_BYTES ? java.util.Arrays.copyOf(all, HEAD_BYTES) : all;
        try {
            return importTextFile(file, name, head, head.length == all.length, enc, choice);
        } catch (CharacterCodingException e) {
            throw new ImportException(name + " cannot be decoded as " + enc.label(), e);
        }
    }

    private ImportResult importZip(Path file, String name, ColumnChoice choice, byte[] head) throws ImportException {
        String headText = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (headText.contains("application/vnd.oasis.opendocument")) {
            throw new ImportException(name + " is an OpenDocument file (LibreOffice/OpenOffice), not a list of IDs."
                    + " Save it as .xlsx or CSV and import that file.");
        }
        if (!XlsxReader.isWorkbook(file)) {
            throw new ImportException(name + " is a ZIP archive, not a list of IDs or an Excel workbook."
                    + " Unpack it and import the CSV, TXT or XLSX inside.");
        }
        try (XlsxReader xlsx = new XlsxReader(file)) {
            List<XlsxReader.Sheet> sheets = xlsx.sheets();
            if (sheets.isEmpty()) {
                throw new ImportException(name + " is a workbook without worksheets");
            }
            // the first sheet with a column named for IDs; else the first sheet where a column of IDs was found
            ImportException firstError = null;
            ImportResult firstResult = null;
            for (XlsxReader.Sheet sheet : sheets) {
                String source = sheets.size() == 1 ? name : name + " (sheet '" + sheet.name() + "')";
                try (RecordSource rows = xlsx.rows(sheet)) {
                    ImportResult r = readTable(
                            rows, DelimiterSniffer.NONE, source, choice, "", "XLSX, sheet '" + sheet.name() + "'", 0);
                    if (!choice.automatic() || IdColumnFinder.headerScore(r.column()) >= 60) {
                        return withSource(r, name);
                    }
                    if (firstResult == null) {
                        firstResult = withSource(r, name);
                    }
                } catch (ImportException e) {
                    if (firstError == null) {
                        firstError = e;
                    }
                }
            }
            if (firstResult != null) {
                return firstResult;
            }
            throw firstError;
        } catch (IOException e) {
            throw new ImportException(name + " is not a readable Excel workbook: " + e.getMessage(), e);
        }
    }

    /** Web pages and XML Spreadsheet 2003 files are often saved with an .xls or .csv name by web tools. */
    private static void refuseMarkup(String sample, String name) throws ImportException {
        String start = sample.stripLeading();
        if (!start.startsWith("<")) {
            return;
        }
        String head = start.substring(0, Math.min(start.length(), 4096)).toLowerCase(Locale.ROOT);
        if (head.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            throw new ImportException(name + " is an XML Spreadsheet 2003 file, not a list of IDs."
                    + " Open it in Excel, save it as .xlsx or CSV and import that file.");
        }
        if (head.contains("<html") || head.contains("<table") || head.contains("<!doctype html")) {
            throw new ImportException(name + " is a web page (HTML), not a list of IDs. Open it in Excel,"
                    + " save it as .xlsx or CSV and import that file.");
        }
    }

    private static ImportResult withSource(ImportResult r, String source) {
        return new ImportResult(
                source,
                r.column(),
                r.ids(),
                r.duplicates(),
                r.rejected(),
                r.columnIndex(),
                r.candidates(),
                r.columnAmbiguous(),
                r.encoding(),
                r.format());
    }

    private ImportResult read(
            Reader reader,
            String source,
            String sample,
            boolean plainText,
            ColumnChoice choice,
            String encoding,
            long expectedRows)
            throws ImportException, IOException {
        List<String> lines = sample.lines().limit(SAMPLE_ROWS).toList();
        if (lines.stream().allMatch(IdImporter::isBlankLine)) {
            throw new ImportException(source + " holds no IDs: it is blank");
        }
        if (choice.automatic() && IdColumnFinder.isIdList(lines, plainText)) {
            return readList(new CsvTokenizer(reader, DelimiterSniffer.NONE), source, encoding, expectedRows);
        }
        DelimiterSniffer.Sniffed sniffed = DelimiterSniffer.sniff(sample);
        CsvTokenizer tokenizer = new CsvTokenizer(reader, sniffed.delimiter());
        if (sniffed.sepLine()) {
            tokenizer.next();
        }
        String format = switch (sniffed.delimiter()) {
            case DelimiterSniffer.NONE -> "single column";
            case '\t' -> "tab-separated";
            default -> "CSV, delimiter '" + sniffed.delimiter() + "'";
        };
        return readTable(tokenizer, sniffed.delimiter(), source, choice, encoding, format, expectedRows);
    }

    /** @param delimiter the delimiter that split the cells, {@link DelimiterSniffer#NONE} for a workbook */
    private static ImportResult readTable(
            RecordSource src,
            char delimiter,
            String source,
            ColumnChoice choice,
            String encoding,
            String format,
            long expectedRows)
            throws ImportException, IOException {
        List<SampleRow> sample = new ArrayList<>();
        try {
            while (sample.size() < SAMPLE_ROWS && src.next()) {
                if (!src.blank()) {
                    sample.add(new SampleRow(src.row(), src.cellsAsStrings()));
                }
            }
            if (sample.isEmpty()) {
                throw new ImportException(source + " holds no IDs: it has no rows with content");
            }
            IdColumnFinder.Plan plan = IdColumnFinder.find(sample, choice, source);
            int col = plan.column();
            boolean commas = delimiter == ',';
            IdCollector ids = new IdCollector(expectedRows);
            for (SampleRow r : sample) {
                if (r.row() > plan.headerRow()) {
                    if (commas && r.cells().length > plan.width() && rejectCutNumber(ids, r.row(), r.cells(), plan)) {
                        continue;
                    }
                    String cell = r.cell(col);
                    long v = IdValueParser.parse(cell);
                    if (v > 0) {
                        ids.add(v);
                    } else if (plan.headerRow() == 0 || !cell.strip().equalsIgnoreCase(plan.label())) {
                        ids.reject(r.row(), cell.strip(), IdValueParser.kindOf(v));
                    }
                }
            }
            while (src.next()) {
                if (src.row() <= plan.headerRow()) {
                    continue;
                }
                if (commas
                        && src.cells() > plan.width()
                        && width(src) > plan.width()
                        && rejectCutNumber(ids, src.row(), src.cellsAsStrings(), plan)) {
                    continue;
                }
                if (col >= src.cells()) {
                    if (!src.blank()) {
                        ids.reject(src.row(), "", IdValueParser.Kind.EMPTY);
                    }
                    continue;
                }
                long v = IdValueParser.parse(src.buffer(), src.start(col), src.end(col));
                if (v > 0) {
                    ids.add(v);
                } else if (plan.headerRow() > 0 && repeatsHeader(src, col, plan.label())) {
                    continue; // files joined together repeat their header row
                } else if (v != -IdValueParser.Kind.EMPTY.ordinal() || !src.blank()) {
                    ids.offer(v, src.row(), src.buffer(), src.start(col), src.end(col));
                }
            }
            return finish(ids, source, plan.label(), col, plan.candidates(), plan.ambiguous(), encoding, format);
        } catch (IdCollector.TooManyIdsException e) {
            throw tooMany(source, e);
        } catch (CsvTokenizer.UnclosedQuoteException e) {
            throw new ImportException(
                    source + ": row " + e.row + " opens a quote (\") that is never closed,"
                            + " so the rows after it cannot be told apart. Fix that row or export the file again.",
                    e);
        }
    }

    /**
     * A row with more cells than the table has columns, in comma-separated text, where a number up to the ID cell was
     * cut by the comma: {@code 1,234} (thousands separator) or {@code 1,23E+5} (decimal comma). Reading the ID cell
     * would take a piece of that number, or a cell shifted by it; the row is rejected saying what to write instead.
     */
    private static boolean rejectCutNumber(IdCollector ids, int row, String[] cells, IdColumnFinder.Plan plan) {
        int extra = IdColumnFinder.width(cells) - plan.width();
        for (int i = 0; i <= plan.column() && i < cells.length && extra > 0; i++) {
            String cut = cutNumber(cells, i, extra);
            if (cut == null) {
                continue;
            }
            if (i == plan.column()) {
                ids.reject(
                        row,
                        cut,
                        IdValueParser.looksLikeThousands(cut)
                                ? IdValueParser.thousandsReason(cut)
                                : IdValueParser.Kind.SCIENTIFIC.reason());
            } else {
                ids.reject(
                        row,
                        String.join(",", cells).strip(),
                        "in column " + ColumnCandidate.letters(i) + ", the comma cuts the number " + cut
                                + " in two and shifts the cells after it, so this row's ID cannot be read;"
                                + " quote that number (\"" + cut + "\") and import again");
            }
            return true;
        }
        return false;
    }

    /** The number that starts at {@code cells[i]} and was cut by commas into at most {@code extra + 1} cells, or null. */
    private static String cutNumber(String[] cells, int i, int extra) {
        String first = cells[i].strip();
        if (i + 1 < cells.length) {
            String joined = first + "," + cells[i + 1].strip();
            if (ListTokens.isScientificComma(joined, first.length())
                    && IdValueParser.parse(joined) == -IdValueParser.Kind.SCIENTIFIC.ordinal()) {
                return joined;
            }
        }
        String number = first;
        for (int j = i + 1; j < cells.length && j - i <= extra; j++) {
            String longer = number + "," + cells[j];
            if (!IdValueParser.looksLikeThousands(longer)) {
                break;
            }
            number = longer;
        }
        return number.length() > first.length() ? number : null;
    }

    /** Cells up to the last one that is not blank, without a String per cell. */
    private static int width(RecordSource src) {
        char[] b = src.buffer();
        for (int c = src.cells() - 1; c >= 0; c--) {
            for (int j = src.start(c); j < src.end(c); j++) {
                if (!Character.isWhitespace(b[j])) {
                    return c + 1;
                }
            }
        }
        return 0;
    }

    private static boolean repeatsHeader(RecordSource src, int col, String header) {
        return src.cell(col).strip().equalsIgnoreCase(header);
    }

    private static ImportException tooMany(String source, IdCollector.TooManyIdsException e) {
        return new ImportException(
                source + " holds more than " + String.format(Locale.ROOT, "%,d", MAX_IDS)
                        + " different IDs, more profiles than an ixBrowser account holds; split it into smaller lists",
                e);
    }

    private static ImportResult readList(CsvTokenizer lines, String source, String encoding, long expectedRows)
            throws ImportException, IOException {
        try {
            return readListUnchecked(lines, source, encoding, expectedRows);
        } catch (IdCollector.TooManyIdsException e) {
            throw tooMany(source, e);
        }
    }

    /**
     * A first line that names the IDs is their header: it is reported as the column, never dropped unsaid, and only
     * when it holds no ID itself. Below a header that names one column, each line is one ID, so a line such as
     * {@code 1,234} is one number written with a thousands separator: rejected saying what to write, not read as the
     * IDs 1 and 234.
     */
    private static ImportResult readListUnchecked(CsvTokenizer lines, String source, String encoding, long expectedRows)
            throws ImportException, IOException {
        IdCollector ids = new IdCollector(expectedRows);
        boolean first = true;
        String header = "";
        boolean oneColumn = false;
        while (lines.next()) {
            if (lines.blank()) {
                continue;
            }
            char[] b = lines.buffer();
            int end = lines.end(0);
            String line = null;
            if (first) {
                first = false;
                line = lines.cell(0);
                if (IdColumnFinder.isListHeader(line)) {
                    header = line.replace("\uFEFF", "").strip();
                    oneColumn = IdColumnFinder.namesOneColumn(header);
                    continue;
                }
            }
            if (oneColumn) {
                String text = (line == null ? lines.cell(0) : line).strip();
                if (IdValueParser.looksLikeThousands(text)) {
                    ids.reject(lines.row(), text, IdValueParser.thousandsReason(text));
                    continue;
                }
            }
            int i = lines.start(0);
            while (i < end) {
                while (i < end && ListTokens.isSeparator(b[i])) {
                    i++;
                }
                if (i < end) {
                    int s = i;
                    i = ListTokens.tokenEnd(b, s, end);
                    ids.offer(IdValueParser.parse(b, s, i), lines.row(), b, s, i);
                }
            }
        }
        return finish(ids, source, header, -1, List.of(), false, encoding, "list of IDs");
    }

    /** Rows to expect from the whole input, judged by the line length in the sample: sizes the ID set once. */
    private static long estimateRows(String sample, double totalChars) {
        long lines = sample.lines().count();
        return sample.isEmpty() ? 0 : (long) (totalChars * lines / sample.length());
    }

    private static ImportResult finish(
            IdCollector ids,
            String source,
            String column,
            int columnIndex,
            List<ColumnCandidate> candidates,
            boolean ambiguous,
            String encoding,
            String format)
            throws ImportException {
        String foreign = ids.foreignRefusal(source);
        if (foreign != null) {
            throw new ImportException(foreign);
        }
        if (ids.size() == 0) {
            if (ids.rejected().isEmpty()) {
                throw new ImportException(source + " has a header but no IDs below it");
            }
            var r = ids.rejected().get(0);
            long rows = ids.rejected().stream()
                    .mapToInt(ImportResult.RejectedRow::row)
                    .distinct()
                    .count();
            throw new ImportException(
                    source + " holds no valid profile IDs: all " + rows + (rows == 1 ? " row was" : " rows were")
                            + " rejected (row " + r.row() + ": '" + r.text() + "': " + r.reason() + ")");
        }
        ImportResult result = new ImportResult(
                source,
                column,
                new LongIdList(ids.ids()),
                ids.duplicates(),
                ids.rejected(),
                columnIndex,
                candidates,
                ambiguous,
                encoding,
                format);
        LOG.info(
                "Imported {} IDs from {} ({}, {}, column '{}'): {} duplicates, {} rows rejected",
                result.ids().size(),
                source,
                format,
                encoding.isEmpty() ? "text" : encoding,
                column,
                result.duplicates(),
                result.rejected().size());
        return result;
    }

    private static byte[] readHead(Path file, String name) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new ImportException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** NUL bytes or many control characters in what claims to be 8-bit text; control characters in UTF-16. */
    static boolean looksBinary(byte[] head, EncodingDetector.Detected enc) {
        String cs = enc.charset().name();
        if (cs.startsWith("UTF-16") || cs.startsWith("UTF-32")) {
            String text = EncodingDetector.decodeSample(head, enc.bomLength(), head.length, enc.charset());
            int controls = 0;
            for (int i = 0; i < text.length(); i++) {
                if (isControl(text.charAt(i))) {
                    controls++;
                }
            }
            return controls * 100 > text.length();
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (isControl((char) (b & 0xFF))) {
                controls++;
            }
        }
        return controls * 100 > head.length;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) || c == 0x7F;
    }

    private static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!IdValueParser.isBlank(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Drops a last line cut off by the sample bound, so sniffing sees only whole lines. */
    private static String completeLines(String sample, boolean whole) {
        if (whole) {
            return sample;
        }
        int cut = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
        return cut > 0 ? sample.substring(0, cut) : sample;
    }

    private static boolean isPlainText(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return ext.isEmpty() || ext.equals("txt") || ext.equals("text") || ext.equals("list");
    }
}
