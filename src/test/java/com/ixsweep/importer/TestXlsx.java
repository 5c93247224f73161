package com.ixsweep.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds minimal .xlsx packages for tests: given sheets (name, sheetData XML) and shared strings. */
final class TestXlsx {

    record Sheet(String name, String rowsXml) {}

    private TestXlsx() {}

    static Path write(Path file, List<String> sharedStrings, Sheet... sheets) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            StringBuilder wb = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 0; i < sheets.length; i++) {
                wb.append("<sheet name=\"")
                        .append(sheets[i].name())
                        .append("\" sheetId=\"")
                        .append(i + 1);
                wb.append("\" r:id=\"rId").append(i + 1).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i + 1);
                rels.append(
                        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"");
                rels.append(" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
            }
            wb.append("</sheets></workbook>");
            rels.append("</Relationships>");
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
            put(zip, "xl/workbook.xml", wb.toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            if (!sharedStrings.isEmpty()) {
                StringBuilder sst = new StringBuilder(
                        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                for (String s : sharedStrings) {
                    sst.append("<si><t>").append(s).append("</t></si>");
                }
                put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            }
            for (int i = 0; i < sheets.length; i++) {
                put(
                        zip,
                        "xl/worksheets/sheet" + (i + 1) + ".xml",
                        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                + "<sheetData>" + sheets[i].rowsXml() + "</sheetData></worksheet>");
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
