package com.ixsweep.importer;

import com.ixsweep.model.ProfileId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one cell as a profile ID. The common case (a short run of ASCII digits) is parsed straight from the chars
 * without creating a String; anything else takes the slow path that knows the shapes spreadsheets produce.
 */
final class IdValueParser {

    /** What a cell held; {@link #VALID} is the only kind that yields an ID. */
    enum Kind {
        VALID(""),
        EMPTY("no ID in this row"),
        DECIMAL("has a fractional part; profile IDs are whole numbers"),
        ZERO("0 is not a profile ID; IDs start at 1"),
        NEGATIVE("negative number; profile IDs are positive"),
        OUT_OF_RANGE("too large for a profile ID (the largest is " + ProfileId.MAX + ")"),
        SCIENTIFIC("written in scientific notation: Excel rounded this ID and its last digits are lost;"
                + " format the ID column as Text in Excel and export it again"),
        NOT_A_NUMBER("not a profile ID (expected a whole number like 1456)");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }

        /** Numbers of some sort: they tell a column of IDs from a column of names even when they are rejected. */
        boolean numeric() {
            return this != EMPTY && this != NOT_A_NUMBER;
        }
    }

    private static final Kind[] KINDS = Kind.values();
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern INTEGRAL_FLOAT = Pattern.compile("(\\d+)\\.0*");
    private static final Pattern DECIMAL = Pattern.compile("\\d*\\.\\d+|\\d+[.,]\\d+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+(?:[.,]\\d*)?");
    private static final Pattern THOUSANDS =
            Pattern.compile("\\d{1,3}(?:([,' \u00A0\u202F\u2019])\\d{3})(?:\\1\\d{3})*(?:\\.0*)?");
    private static final Pattern INTEGRAL_COMMA_FLOAT = Pattern.compile("(\\d+),0+");
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d*[.,]?\\d+[eE][+-]?\\d+");
    private static final Pattern EXCEL_TEXT_FORMULA = Pattern.compile("=\"(.*)\"");
    private static final Pattern UNQUOTED_THOUSANDS = Pattern.compile("\\d{1,3}([, \u00A0\u202F])\\d{3}(?:\\1\\d{3})*");

    private IdValueParser() {}

    /**
     * Parses {@code buf[start, end)}.
     *
     * @return the ID ({@code > 0}) or {@code -kind.ordinal()} for anything else; see {@link #kindOf(long)}
     */
    static long parse(char[] buf, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isBlank(buf[s])) {
            s++;
        }
        while (e > s && isBlank(buf[e - 1])) {
            e--;
        }
        if (s == e) {
            return -Kind.EMPTY.ordinal();
        }
        if (e - s <= 16) {
            long v = 0;
            int i = s;
            for (; i < e; i++) {
                char c = buf[i];
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (i == e) {
                return checkRange(v);
            }
        }
        return parseSlow(new String(buf, s, e - s));
    }

    static long parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    static Kind kindOf(long parsed) {
        return parsed > 0 ? Kind.VALID : KINDS[(int) -parsed];
    }

    static boolean isBlank(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u00A0'
                || c == '\u202F'
                || c == '\u2007'
                || c == '\u3000'
                || c == '\uFEFF'
                || c == '\u200B'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u2060';
    }

    /**
     * Whether the text, written where a separator splits it (a list, or cells cut by a comma delimiter), is one number
     * with thousands separators such as {@code 1,234} or {@code 1 234 567}.
     */
    static boolean looksLikeThousands(String text) {
        return UNQUOTED_THOUSANDS.matcher(text).matches();
    }

    /** Why a {@link #looksLikeThousands} text is left out, and what to write instead. */
    static String thousandsReason(String text) {
        var m = UNQUOTED_THOUSANDS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a number with thousands separators: " + text);
        }
        String sep = m.group(1);
        List<String> parts = List.of(text.split(Pattern.quote(sep)));
        String pieces = String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "looks like one number written with a thousands separator; write " + text.replace(sep, "")
                + ", or quote it (\"" + text + "\"), since unquoted it splits into " + pieces;
    }

    private static long checkRange(long v) {
        if (v == 0) {
            return -Kind.ZERO.ordinal();
        }
        return v > ProfileId.MAX ? -Kind.OUT_OF_RANGE.ordinal() : v;
    }

    private static long parseSlow(String raw) {
        String t = normalise(raw);
        if (t.isEmpty()) {
            return -Kind.EMPTY.ordinal();
        }
        if (DIGITS.matcher(t).matches()) {
            return digits(t);
        }
        var m = INTEGRAL_FLOAT.matcher(t);
        if (m.matches()) {
            return digits(m.group(1));
        }
        if (THOUSANDS.matcher(t).matches()) {
            int dot = t.indexOf('.');
            String whole = dot < 0 ? t : t.substring(0, dot);
            return digits(whole.replaceAll("\\D", ""));
        }
        var comma = INTEGRAL_COMMA_FLOAT.matcher(t);
        if (comma.matches()) {
            return digits(comma.group(1));
        }
        if (SCIENTIFIC.matcher(t).matches()) {
            return -Kind.SCIENTIFIC.ordinal();
        }
        if (NEGATIVE.matcher(t).matches()) {
            return t.replaceAll("[^1-9]", "").isEmpty() ? -Kind.ZERO.ordinal() : -Kind.NEGATIVE.ordinal();
        }
        if (DECIMAL.matcher(t).matches()) {
            return -Kind.DECIMAL.ordinal();
        }
        return -Kind.NOT_A_NUMBER.ordinal();
    }

    /** Undoes what spreadsheets and IMEs do to numbers kept as text: ="0123", '0123, full-width digits, +. */
    private static String normalise(String raw) {
        String t = raw;
        var formula = EXCEL_TEXT_FORMULA.matcher(t);
        if (formula.matches()) {
            t = formula.group(1);
        }
        if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
            t = t.substring(1, t.length() - 1);
        }
        if (t.startsWith("'") || t.startsWith("+")) {
            t = t.substring(1);
        }
        StringBuilder sb = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                if (sb == null) {
                    sb = new StringBuilder(t);
                }
                sb.setCharAt(i, (char) ('0' + (c - '\uFF10')));
            }
        }
        if (sb != null) {
            t = sb.toString();
        }
        return strip(t);
    }

    private static String strip(String t) {
        int s = 0;
        int e = t.length();
        while (s < e && isBlank(t.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(t.charAt(e - 1))) {
            e--;
        }
        return t.substring(s, e);
    }

    private static long digits(String d) {
        int i = 0;
        while (i < d.length() - 1 && d.charAt(i) == '0') {
            i++;
        }
        String significant = d.substring(i);
        if (significant.length() > 16) {
            return -Kind.OUT_OF_RANGE.ordinal();
        }
        return checkRange(Long.parseLong(significant));
    }
}
