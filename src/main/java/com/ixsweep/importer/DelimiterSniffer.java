package com.ixsweep.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * Guesses the cell delimiter of delimited text from its first lines: the candidate ({@code , ; TAB |}) that occurs
 * outside quotes the same number of times on most lines wins. Honours Excel's {@code sep=;} first line. A comma that is
 * the decimal mark of a number in scientific notation ({@code 1,23E+5}) is not a delimiter.
 */
final class DelimiterSniffer {

    /** No delimiter: one cell per line. */
    static final char NONE = 0;

    private static final char[] CANDIDATES = {'\t', ';', ',', '|'};
    private static final int MAX_LINES = 100;

    /** @param delimiter the delimiter, or {@link #NONE} @param sepLine true when the first line is {@code sep=X} */
    record Sniffed(char delimiter, boolean sepLine) {}

    private DelimiterSniffer() {}

    static Sniffed sniff(String sample) {
        String first = firstLine(sample);
        if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
            return new Sniffed(first.charAt(4), true);
        }
        char best = NONE;
        double bestScore = 0;
        for (char d : CANDIDATES) {
            double score = score(sample, d);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return new Sniffed(best, false);
    }

    private static String firstLine(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return s.substring(0, i);
    }

    /** Consistency first (share of lines with the most common non-zero count), then the count itself as tie-break. */
    private static double score(String s, char d) {
        Map<Integer, Integer> histogram = new HashMap<>();
        int lines = 0;
        int count = 0;
        boolean inQuotes = false;
        boolean lineHasText = false;
        boolean cellStart = true;
        for (int i = 0; i <= s.length() && lines < MAX_LINES; i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (lineHasText) {
                    histogram.merge(count, 1, Integer::sum);
                    lines++;
                }
                count = 0;
                lineHasText = false;
                cellStart = true;
                continue;
            }
            if (c == d && !(d == ',' && ListTokens.isScientificComma(s, i))) {
                count++;
                cellStart = true;
                continue;
            }
            if (c == '"' && cellStart) {
                inQuotes = true;
            }
            if (c != ' ') {
                cellStart = false;
            }
            lineHasText = true;
        }
        if (lines == 0) {
            return 0;
        }
        int modeCount = 0;
        int modeLines = 0;
        for (var e : histogram.entrySet()) {
            if (e.getKey() > 0 && (e.getValue() > modeLines || (e.getValue() == modeLines && e.getKey() > modeCount))) {
                modeCount = e.getKey();
                modeLines = e.getValue();
            }
        }
        if (modeCount == 0) {
            return 0;
        }
        return (double) modeLines / lines * 1000 + Math.min(modeCount, 100);
    }
}
