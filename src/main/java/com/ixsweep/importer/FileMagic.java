package com.ixsweep.importer;

/** Formats recognised by their first bytes, so that a misnamed file is refused with a message that says what it is. */
enum FileMagic {
    ZIP("a ZIP archive", "", new int[] {'P', 'K', 3, 4}),
    OLE2(
            "an old-style Excel workbook (.xls) or a password-protected workbook",
            ". Save it in Excel as .xlsx without a password, or as CSV, and import that file",
            new int[] {0xD0, 0xCF, 0x11, 0xE0}),
    PNG("a PNG image", "", new int[] {0x89, 'P', 'N', 'G'}),
    JPEG("a JPEG image", "", new int[] {0xFF, 0xD8, 0xFF}),
    GIF("a GIF image", "", new int[] {'G', 'I', 'F', '8'}),
    PDF("a PDF document", "", new int[] {'%', 'P', 'D', 'F'}),
    GZIP("a gzip archive", "", new int[] {0x1F, 0x8B}),
    SEVEN_ZIP("a 7-Zip archive", "", new int[] {'7', 'z', 0xBC, 0xAF}),
    RAR("a RAR archive", "", new int[] {'R', 'a', 'r', '!'}),
    SQLITE("an SQLite database", "", new int[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'}),
    ELF("a program (ELF)", "", new int[] {0x7F, 'E', 'L', 'F'});

    private static final FileMagic[] ALL = values();
    private static final String EXPORT_ADVICE = ". Export the profile IDs as CSV, TXT or XLSX and import that file";

    private final String description;
    private final String advice;
    private final int[] signature;

    FileMagic(String description, String advice, int[] signature) {
        this.description = description;
        this.advice = advice;
        this.signature = signature;
    }

    static FileMagic of(byte[] head) {
        for (FileMagic m : ALL) {
            if (m.matches(head)) {
                return m;
            }
        }
        return null;
    }

    private boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    String description() {
        return description;
    }

    String advice() {
        return advice.isEmpty() ? EXPORT_ADVICE : advice;
    }
}
