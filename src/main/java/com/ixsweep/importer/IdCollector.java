package com.ixsweep.importer;

import com.ixsweep.importer.ImportResult.RejectedRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gathers the outcome of an import: IDs in first-seen order (a primitive array plus an open-addressing set for the
 * duplicate check, no boxing), the duplicate count, the rejected rows, and how many rejected cells look like another
 * vendor's IDs.
 */
final class IdCollector {

    private static final int MAX_TEXT = 200;

    /** More distinct IDs than any ixBrowser account holds: the input is not a list of profile IDs. */
    static final int MAX_IDS = 5_000_000;

    /** Thrown from the hot loop when {@link #MAX_IDS} is passed; the importer turns it into a refusal. */
    static final class TooManyIdsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyIdsException() {
            super("more than " + MAX_IDS + " distinct IDs", null, false, false);
        }
    }

    /** A bound on the size hint, so that a wrong estimate cannot allocate much more than it saves. */
    private static final int MAX_HINT = 4_000_000;

    private long[] order;
    private int size;
    private long[] table;
    private int mask;
    private int duplicates;
    private final List<RejectedRow> rejected = new ArrayList<>();
    private ForeignIdKind foreign;
    private int foreignCount;
    private String foreignExample;
    private int foreignRow;

    /** @param expected about how many IDs will come (0 when unknown): the arrays are sized once for them */
    IdCollector(long expected) {
        int hint = (int) Math.max(1024, Math.min(expected, MAX_HINT));
        order = new long[hint];
        table = new long[Integer.highestOneBit(hint * 4 / 3) * 2];
        mask = table.length - 1;
    }

    /** Offers one parsed cell (see {@link IdValueParser#parse}); text is read only when the cell is rejected. */
    void offer(long parsed, int row, char[] buf, int start, int end) {
        if (parsed > 0) {
            add(parsed);
            return;
        }
        IdValueParser.Kind kind = IdValueParser.kindOf(parsed);
        String text = new String(buf, start, end - start).strip();
        reject(row, text, kind);
    }

    void reject(int row, String text, IdValueParser.Kind kind) {
        reject(row, text, kind.reason());
    }

    void reject(int row, String text, String reason) {
        String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
        rejected.add(new RejectedRow(row, shown, reason));
        ForeignIdKind f = ForeignIdKind.of(text);
        if (f != null && (foreign == null || foreign == f)) {
            foreign = f;
            foreignCount++;
            if (foreignExample == null) {
                foreignExample = shown;
                foreignRow = row;
            }
        }
    }

    void add(long id) {
        int i = slot(id);
        while (true) {
            long v = table[i];
            if (v == 0) {
                table[i] = id;
                if (size == order.length) {
                    if (size >= MAX_IDS) {
                        throw new TooManyIdsException();
                    }
                    order = Arrays.copyOf(order, Math.min(size * 2, MAX_IDS));
                }
                order[size++] = id;
                if (size * 4 > table.length * 3) {
                    rehash();
                }
                return;
            }
            if (v == id) {
                duplicates++;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private int slot(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        for (long v : old) {
            if (v != 0) {
                int i = slot(v);
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = v;
            }
        }
    }

    int size() {
        return size;
    }

    List<RejectedRow> rejected() {
        return rejected;
    }

    /** The refusal message when the rejected cells are mostly another vendor's IDs, else null. */
    String foreignRefusal(String source) {
        if (foreign != null && foreignCount > size && foreignCount * 2 >= rejected.size()) {
            return foreign.refusal(source, foreignExample, foreignRow);
        }
        return null;
    }

    long[] ids() {
        table = null;
        return Arrays.copyOf(order, size);
    }

    int duplicates() {
        return duplicates;
    }
}
