package com.ixsweep.importer;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of a plain list of IDs into its tokens. Separators are commas, semicolons, pipes, their full-width
 * forms and blanks; a number in scientific notation with a decimal comma ({@code 1,23E+5}, as Excel writes it where the
 * comma is the decimal mark) stays one token, so it is rejected as scientific rather than read as the ID 1.
 */
final class ListTokens {

    private ListTokens() {}

    static boolean isSeparator(char c) {
        return c == ','
                || c == ';'
                || c == '|'
                || c == '，'
                || c == '；'
                || Character.isWhitespace(c)
                || IdValueParser.isBlank(c);
    }

    /** The end of the token that starts at {@code b[start]}, which is not a separator. */
    static int tokenEnd(char[] b, int start, int end) {
        int sci = scientificEnd(b, start, end);
        if (sci > 0) {
            return sci;
        }
        int i = start;
        while (i < end && !isSeparator(b[i])) {
            i++;
        }
        return i;
    }

    static List<String> split(String line) {
        char[] b = line.toCharArray();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < b.length) {
            while (i < b.length && isSeparator(b[i])) {
                i++;
            }
            if (i < b.length) {
                int e = tokenEnd(b, i, b.length);
                out.add(new String(b, i, e - i));
                i = e;
            }
        }
        return out;
    }

    /**
     * Whether the comma at {@code s[comma]} is the decimal mark of a number in scientific notation ({@code 1,23E+5}):
     * digits before it, digits, an exponent and the end of the number after it.
     */
    static boolean isScientificComma(CharSequence s, int comma) {
        int j = comma - 1;
        while (j >= 0 && isDigit(s.charAt(j))) {
            j--;
        }
        if (j == comma - 1 || (j >= 0 && (s.charAt(j) == '.' || Character.isLetter(s.charAt(j))))) {
            return false;
        }
        return exponentEnd(s, comma + 1) > 0;
    }

    /** {@code [+-]?digits,digits[eE][+-]?digits} at {@code b[start]}, ending at a separator or the end: its end. */
    private static int scientificEnd(char[] b, int start, int end) {
        int i = start;
        if (i < end && (b[i] == '+' || b[i] == '-')) {
            i++;
        }
        int digits = i;
        while (i < end && isDigit(b[i])) {
            i++;
        }
        if (i == digits || i >= end || b[i] != ',') {
            return -1;
        }
        int e = exponentEnd(CharBuffer.wrap(b, 0, end), i + 1);
        return e > 0 && (e == end || isSeparator(b[e])) ? e : -1;
    }

    /** {@code digits[eE][+-]?digits} at {@code s[from]}, not followed by more of a word or number: its end, or -1. */
    private static int exponentEnd(CharSequence s, int from) {
        int i = from;
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == from || i >= n || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
            return -1;
        }
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int exp = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == exp || (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'))) {
            return -1;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
