package com.ixsweep.importer;

import java.util.regex.Pattern;

/** Profile IDs of other antidetect browsers, recognised so that a wrong export is refused with a useful message. */
enum ForeignIdKind {
    ADSPOWER("AdsPower profile IDs", Pattern.compile("(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\\d)[a-z0-9]{6,8}")),
    HEX24("GoLogin profile IDs (24 hex characters)", Pattern.compile("(?=.*[a-f])[0-9a-f]{24}")),
    HEX32(
            "32-character hex profile IDs of another antidetect browser (BitBrowser and others)",
            Pattern.compile("(?=.*[a-fA-F])[0-9a-fA-F]{32}")),
    UUID(
            "UUID profile IDs of another antidetect browser (Multilogin and others)",
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")),
    LONG_NUMERIC("18- or 19-digit IDs of another tool", Pattern.compile("\\d{18,19}"));

    private static final ForeignIdKind[] KINDS = values();

    private final String description;
    private final Pattern pattern;

    ForeignIdKind(String description, Pattern pattern) {
        this.description = description;
        this.pattern = pattern;
    }

    /** The kind this (trimmed) text looks like, or null. */
    static ForeignIdKind of(String text) {
        String t = text.strip();
        if (t.length() < 6 || t.length() > 36) {
            return null;
        }
        for (ForeignIdKind k : KINDS) {
            if (k.pattern.matcher(t).matches()) {
                return k;
            }
        }
        return null;
    }

    /** A message for a whole file of these. */
    String refusal(String source, String example, int row) {
        return source + ": these look like " + description + " (row " + row + ": '" + example
                + "'); IX Sweep clears ixBrowser profiles, whose IDs are whole numbers like 1456."
                + " Export the profile IDs from ixBrowser and import that file.";
    }
}
