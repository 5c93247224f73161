package com.ixsweep.importer;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small streaming reader of .xlsx workbooks: the sheet list from workbook.xml and its relationships, the shared
 * strings table, and the rows of one sheet through StAX (shared, inline and formula strings, numbers such as 1456 or
 * 1456.0, cell references with gaps). No DTDs, no external entities, and a bound on how much it will inflate.
 */
final class XlsxReader implements Closeable {

    /** A worksheet: its name in the workbook and its part in the package. */
    record Sheet(String name, String part) {}

    /** The package is not a workbook, or a part of it cannot be read. */
    static final class NotAWorkbookException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAWorkbookException(String message) {
            super(message);
        }
    }

    private static final long MAX_PART_BYTES = 1L << 30;
    private static final long MAX_SHARED_STRINGS_CHARS = 64L << 20;

    private final ZipFile zip;
    private String[] sharedStrings;

    XlsxReader(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
    }

    static boolean isWorkbook(Path file) {
        try (ZipFile z = new ZipFile(file.toFile())) {
            return z.getEntry("xl/workbook.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }

    List<Sheet> sheets() throws IOException {
        Map<String, String> targets = new HashMap<>();
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (rels != null) {
            XMLStreamReader r = open(rels);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                        targets.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
                    }
                }
            } catch (XMLStreamException e) {
                throw new NotAWorkbookException("its workbook relationships are not readable XML: " + e.getMessage());
            } finally {
                closeQuietly(r);
            }
        }
        List<Sheet> sheets = new ArrayList<>();
        ZipEntry wb = zip.getEntry("xl/workbook.xml");
        if (wb == null) {
            throw new NotAWorkbookException("it is a ZIP archive without a workbook (xl/workbook.xml)");
        }
        XMLStreamReader r = open(wb);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) {
                    String id = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if ("id".equals(r.getAttributeLocalName(i))) {
                            id = r.getAttributeValue(i);
                        }
                    }
                    String target = targets.get(id);
                    String part =
                            target == null ? "xl/worksheets/sheet" + (sheets.size() + 1) + ".xml" : resolve(target);
                    if (zip.getEntry(part) != null) {
                        sheets.add(new Sheet(r.getAttributeValue(null, "name"), part));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new NotAWorkbookException("its workbook.xml is not readable XML: " + e.getMessage());
        } finally {
            closeQuietly(r);
        }
        if (sheets.isEmpty() && zip.getEntry("xl/worksheets/sheet1.xml") != null) {
            sheets.add(new Sheet("Sheet1", "xl/worksheets/sheet1.xml"));
        }
        return sheets;
    }

    private static String resolve(String target) {
        String t = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        return t.replace("/./", "/");
    }

    /** Streams the rows of a sheet; the shared strings are read once, on first use. */
    RecordSource rows(Sheet sheet) throws IOException {
        if (sharedStrings == null) {
            sharedStrings = readSharedStrings();
        }
        return new SheetRows(open(zip.getEntry(sheet.part())), sharedStrings);
    }

    private String[] readSharedStrings() throws IOException {
        ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
        if (e == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        XMLStreamReader r = open(e);
        try {
            StringBuilder si = null;
            boolean inT = false;
            int phonetic = 0;
            long chars = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> si = new StringBuilder();
                        case "t" -> inT = phonetic == 0;
                        case "rPh" -> phonetic++;
                        default -> {}
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> {
                            chars += si == null ? 0 : si.length();
                            if (chars > MAX_SHARED_STRINGS_CHARS) {
                                throw new NotAWorkbookException("its shared strings exceed "
                                        + (MAX_SHARED_STRINGS_CHARS >> 20) + " M characters");
                            }
                            out.add(si == null ? "" : si.toString());
                            si = null;
                        }
                        case "t" -> inT = false;
                        case "rPh" -> phonetic--;
                        default -> {}
                    }
                } else if (inT && si != null && isText(ev)) {
                    si.append(r.getText());
                }
            }
        } catch (XMLStreamException ex) {
            throw new NotAWorkbookException("its shared strings are not readable XML: " + ex.getMessage());
        } finally {
            closeQuietly(r);
        }
        return out.toArray(new String[0]);
    }

    private static boolean isText(int ev) {
        return ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE;
    }

    private XMLStreamReader open(ZipEntry entry) throws IOException {
        if (entry == null) {
            throw new NotAWorkbookException("a part of the workbook is missing");
        }
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            return f.createXMLStreamReader(new Bounded(zip.getInputStream(entry), entry.getName()));
        } catch (XMLStreamException e) {
            throw new NotAWorkbookException(entry.getName() + " is not readable XML: " + e.getMessage());
        }
    }

    private static void closeQuietly(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing to release beyond the stream, which the zip file closes
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Column index of a cell reference such as "AB12" (0-based), or -1 when it has no letters. */
    static int columnOf(String ref) {
        if (ref == null) {
            return -1;
        }
        int col = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** Stops a zip bomb: a part may inflate to at most {@link #MAX_PART_BYTES}. */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private long count;

        Bounded(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws IOException {
            count += n;
            if (count > MAX_PART_BYTES) {
                throw new NotAWorkbookException(name + " inflates beyond " + (MAX_PART_BYTES >> 20) + " MB");
            }
        }
    }

    /** The rows of one sheet as a {@link RecordSource}; missing cells (gaps in the references) are empty. */
    private static final class SheetRows implements RecordSource {
        private static final int MAX_COLUMNS = 16_384;

        private final XMLStreamReader r;
        private final String[] shared;
        private String[] values = new String[16];
        private int width;
        private int row;
        private char[] buf = new char[256];
        private int[] starts = new int[16];
        private int[] ends = new int[16];

        SheetRows(XMLStreamReader r, String[] shared) {
            this.r = r;
            this.shared = shared;
        }

        @Override
        public boolean next() throws IOException {
            try {
                return readRow();
            } catch (XMLStreamException e) {
                throw new NotAWorkbookException("a sheet is not readable XML after row " + row + ": " + e.getMessage());
            }
        }

        private boolean readRow() throws XMLStreamException, NotAWorkbookException {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && "row".equals(r.getLocalName())) {
                    String rr = r.getAttributeValue(null, "r");
                    row = rowNumber(rr, row + 1);
                    Arrays.fill(values, 0, width, null);
                    width = 0;
                    readCells();
                    pack();
                    return true;
                }
            }
            return false;
        }

        private static int rowNumber(String r, int otherwise) {
            if (r == null) {
                return otherwise;
            }
            try {
                int n = Integer.parseInt(r.strip());
                return n > 0 ? n : otherwise;
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        private void readCells() throws XMLStreamException, NotAWorkbookException {
            int col = -1;
            String type = null;
            StringBuilder text = new StringBuilder();
            boolean collecting = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "c" -> {
                            int c = columnOf(r.getAttributeValue(null, "r"));
                            col = c >= 0 ? c : col + 1;
                            if (col >= MAX_COLUMNS) {
                                throw new NotAWorkbookException("row " + row + " has a cell beyond column XFD");
                            }
                            type = r.getAttributeValue(null, "t");
                            text.setLength(0);
                        }
                        case "v", "t" -> collecting = true;
                        default -> {}
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "v", "t" -> collecting = false;
                        case "c" -> put(col, value(type, text.toString()));
                        case "row" -> {
                            return;
                        }
                        default -> {}
                    }
                } else if (collecting && isText(ev)) {
                    text.append(r.getText());
                }
            }
        }

        private String value(String type, String text) {
            if ("s".equals(type)) {
                try {
                    int i = Integer.parseInt(text.strip());
                    return i >= 0 && i < shared.length ? shared[i] : "";
                } catch (NumberFormatException e) {
                    return "";
                }
            }
            if ("b".equals(type)) {
                return "1".equals(text.strip()) ? "TRUE" : "FALSE";
            }
            return text;
        }

        private void put(int col, String v) {
            if (col >= values.length) {
                values = Arrays.copyOf(values, Math.max(col + 1, values.length * 2));
            }
            values[col] = v;
            width = Math.max(width, col + 1);
        }

        private void pack() {
            if (width > starts.length) {
                starts = Arrays.copyOf(starts, width);
                ends = Arrays.copyOf(ends, width);
            }
            int len = 0;
            for (int i = 0; i < width; i++) {
                len += values[i] == null ? 0 : values[i].length();
            }
            if (len > buf.length) {
                buf = new char[Math.max(len, buf.length * 2)];
            }
            int p = 0;
            for (int i = 0; i < width; i++) {
                starts[i] = p;
                String v = values[i];
                if (v != null) {
                    v.getChars(0, v.length(), buf, p);
                    p += v.length();
                }
                ends[i] = p;
            }
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public int cells() {
            return width;
        }

        @Override
        public char[] buffer() {
            return buf;
        }

        @Override
        public int start(int cell) {
            return starts[cell];
        }

        @Override
        public int end(int cell) {
            return ends[cell];
        }

        @Override
        public void close() {
            closeQuietly(r);
        }
    }
}
