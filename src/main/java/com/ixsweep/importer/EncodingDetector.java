package com.ixsweep.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how the bytes of a text file are to be read: a byte order mark if there is one, UTF-16 recognised by its
 * NUL bytes, UTF-8 if the bytes are valid UTF-8, else a legacy code page guessed from the byte statistics (GBK for
 * Chinese, windows-1251 for Cyrillic, windows-1252 otherwise). A guess is reported as such, never hidden.
 */
final class EncodingDetector {

    static final Charset GBK = Charset.forName("GBK");
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param charset how to decode
     * @param bomLength bytes to skip at the start
     * @param guessed true when the code page is a statistical guess
     */
    record Detected(Charset charset, int bomLength, boolean guessed) {
        String label() {
            return charset.name() + (bomLength > 0 ? " with BOM" : "") + (guessed ? " (guessed)" : "");
        }

        boolean strict() {
            return !guessed;
        }
    }

    private EncodingDetector() {}

    /**
     * @param b the first bytes of the file
     * @param len how many of them are valid
     * @param whole true when these are all the bytes of the file (a truncated sequence at the end is then an error)
     */
    static Detected detect(byte[] b, int len, boolean whole) {
        if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, false);
        }
        if (len >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return new Detected(Charset.forName("UTF-32LE"), 4, false);
        }
        if (len >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return new Detected(Charset.forName("UTF-32BE"), 4, false);
        }
        if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, false);
        }
        if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, false);
        }
        Charset utf16 = utf16ByNulPattern(b, len);
        if (utf16 != null) {
            return new Detected(utf16, 0, false);
        }
        if (isValidUtf8(b, len, whole)) {
            return new Detected(StandardCharsets.UTF_8, 0, false);
        }
        return new Detected(guessLegacy(b, len), 0, true);
    }

    /** Text in UTF-16 has a NUL in every other byte for ASCII characters: odd positions for LE, even for BE. */
    static Charset utf16ByNulPattern(byte[] b, int len) {
        int n = Math.min(len, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static boolean isValidUtf8(byte[] b, int len, boolean whole) {
        return decodes(StandardCharsets.UTF_8, b, len, whole);
    }

    private static boolean decodes(Charset cs, byte[] b, int len, boolean whole) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, len);
        CharBuffer out = CharBuffer.allocate(Math.max(16, len));
        CoderResult r = dec.decode(in, out, whole);
        if (r.isError()) {
            return false;
        }
        if (whole) {
            try {
                return !dec.flush(out).isError();
            } catch (IllegalStateException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chinese text in GBK is almost all pairs from the common GB2312 rows (lead byte A1-A9 symbols, B0-D7 level-1
     * hanzi); Cyrillic in windows-1251 is runs of high bytes (whole words); Western text in windows-1252 has single
     * accented letters between ASCII ones.
     */
    static Charset guessLegacy(byte[] b, int len) {
        int high = 0;
        int pairs = 0;
        int commonPairs = 0;
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            high++;
            if (i + 1 < len && c >= 0x81 && c <= 0xFE) {
                int t = b[i + 1] & 0xFF;
                if (t >= 0x40 && t <= 0xFE && t != 0x7F) {
                    pairs++;
                    if (((c >= 0xA1 && c <= 0xA9) || (c >= 0xB0 && c <= 0xD7)) && t >= 0xA1) {
                        commonPairs++;
                    }
                    high++;
                    i++;
                }
            }
        }
        if (high == 0) {
            return WINDOWS_1252;
        }
        if (pairs > 0 && commonPairs * 10 >= pairs * 7 && decodes(GBK, b, len, false)) {
            return GBK;
        }
        int highBytes = 0;
        int cyrillicLetters = 0;
        int inRuns = 0;
        int run = 0;
        for (int i = 0; i <= len; i++) {
            int c = i < len ? b[i] & 0xFF : 0;
            if (c >= 0x80) {
                run++;
                highBytes++;
                if (c >= 0xC0 || c == 0xA8 || c == 0xB8) {
                    cyrillicLetters++;
                }
                continue;
            }
            if (run >= 3) {
                inRuns += run; // Cyrillic words are runs of high bytes; "Größe" in windows-1252 has a run of 2
            }
            run = 0;
        }
        if (cyrillicLetters * 10 >= highBytes * 8 && inRuns * 10 >= highBytes * 6) {
            return WINDOWS_1251;
        }
        return WINDOWS_1252;
    }

    /** Decodes leniently, for sniffing only. */
    static String decodeSample(byte[] b, int from, int len, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return dec.decode(ByteBuffer.wrap(b, from, len - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE decoder reported an error", e);
        }
    }
}
