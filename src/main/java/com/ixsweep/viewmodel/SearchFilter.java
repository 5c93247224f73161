package com.ixsweep.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The search field's meaning. Text made only of IDs and ranges ({@code 1456, 1500-1510}) matches those IDs; any other
 * text matches rows whose name, group or tag contains it, ignoring case. Plain Java, any thread.
 */
final class SearchFilter {

    private static final Pattern ID_QUERY = Pattern.compile("[\\d\\s,;\\-]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private SearchFilter() {}

    static Predicate<ProfileRowViewModel> of(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return row -> true;
        }
        if (ID_QUERY.matcher(query).matches()) {
            List<long[]> ranges = parseRanges(query);
            if (!ranges.isEmpty()) {
                return row -> {
                    long id = row.getId().value();
                    for (long[] r : ranges) {
                        if (id >= r[0] && id <= r[1]) {
                            return true;
                        }
                    }
                    return false;
                };
            }
        }
        String needle = query.toLowerCase(Locale.ROOT);
        return row -> contains(row.getName(), needle)
                || contains(row.groupNameProperty().get(), needle)
                || contains(row.tagNameProperty().get(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static List<long[]> parseRanges(String query) {
        List<long[]> ranges = new ArrayList<>();
        for (String token : SEPARATORS.split(query)) {
            String[] ends = token.split("-", -1);
            try {
                if (ends.length == 1 && !ends[0].isEmpty()) {
                    long id = Long.parseLong(ends[0]);
                    ranges.add(new long[] {id, id});
                } else if (ends.length == 2 && !ends[0].isEmpty() && !ends[1].isEmpty()) {
                    long a = Long.parseLong(ends[0]);
                    long b = Long.parseLong(ends[1]);
                    ranges.add(new long[] {Math.min(a, b), Math.max(a, b)});
                }
            } catch (NumberFormatException e) {
                // a token too long for a long cannot be an ID: it simply matches nothing
            }
        }
        return ranges;
    }
}
