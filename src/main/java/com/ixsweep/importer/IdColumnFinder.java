package com.ixsweep.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds where the IDs are in the first rows of a table: the header row (by a known column name such as "Profile ID"
 * or 窗口序号, or by content: a first row without numbers above columns of numbers), and the ID column (by header
 * name, else the column whose cells are mostly valid IDs). Also tells whether the input is a plain list of IDs
 * separated by commas, semicolons, spaces or tabs.
 */
final class IdColumnFinder {

    /**
     * The decision.
     *
     * @param column 0-based ID column
     * @param headerRow row number of the header (as counted in the file), 0 when there is none
     * @param label header text of the ID column, or "column A"
     * @param candidates the columns that could hold the IDs
     * @param ambiguous true when more than one column is a plausible choice
     * @param width how many cells a row of this table has (the header's, else the most common count): a row with more
     *     may hold a number that the delimiter cut in two
     */
    record Plan(
            int column, int headerRow, String label, List<ColumnCandidate> candidates, boolean ambiguous, int width) {}

    private static final Map<String, Integer> HEADER_SCORES = Map.ofEntries(
            Map.entry("profileid", 100),
            Map.entry("profileids", 100),
            Map.entry("profileno", 100),
            Map.entry("profilenumber", 100),
            Map.entry("profileserial", 100),
            Map.entry("profileserialnumber", 100),
            Map.entry("profileserialno", 100),
            Map.entry("browserprofileid", 100),
            Map.entry("ixbrowserid", 100),
            Map.entry("ixid", 100),
            Map.entry("窗口序号", 100),
            Map.entry("窗口编号", 100),
            Map.entry("窗口id", 100),
            Map.entry("环境序号", 100),
            Map.entry("环境编号", 100),
            Map.entry("环境id", 100),
            Map.entry("配置文件id", 100),
            Map.entry("idпрофиля", 100),
            Map.entry("номерпрофиля", 100),
            Map.entry("窗口序號", 100),
            Map.entry("窗口編號", 100),
            Map.entry("序號", 80),
            Map.entry("編號", 80),
            Map.entry("id号", 80),
            Map.entry("browserid", 60),
            Map.entry("serial", 80),
            Map.entry("serialnumber", 80),
            Map.entry("serialno", 80),
            Map.entry("序号", 80),
            Map.entry("编号", 80),
            Map.entry("窗口", 70),
            Map.entry("id", 60),
            Map.entry("ids", 60),
            Map.entry("profile", 50),
            Map.entry("profiles", 50),
            Map.entry("windowid", 50),
            Map.entry("no", 40),
            Map.entry("nr", 40),
            Map.entry("num", 40),
            Map.entry("number", 40),
            Map.entry("#", 40),
            Map.entry("№", 40),
            Map.entry("номер", 40),
            Map.entry("ид", 40));

    private static final Pattern NAME_NOISE = Pattern.compile("[\\s\u00A0\u3000\uFEFF_\\-.:：()（）\\[\\]]+");
    private static final char[] TABLE_DELIMITERS = {',', ';', '\t', '|'};
    private static final Pattern ONLY_TABS = Pattern.compile("[^,;|\\s\u00A0\u3000，；]+(?:\t[^,;|\\s\u00A0\u3000，；]+)*");
    private static final int HEADER_SEARCH_ROWS = 10;

    private IdColumnFinder() {}

    /** How strongly a cell names an ID column: 0 for not at all, 100 for "Profile ID". */
    static int headerScore(String cell) {
        String n = NAME_NOISE.matcher(cell.toLowerCase(Locale.ROOT)).replaceAll("");
        if (n.isEmpty() || n.length() > 40) {
            return 0;
        }
        Integer s = HEADER_SCORES.get(n);
        if (s != null) {
            return s;
        }
        return n.contains("profileid") || n.contains("窗口序号") || n.contains("窗口编号") ? 90 : 0;
    }

    /**
     * Whether the text is a list of IDs rather than a table: most tokens (split on , ; | spaces tabs) are numbers and
     * at least one line holds several. Not a list: a first line that names columns ({@code count,profile_id}); lines
     * that all split on one table delimiter (, ; tab |) into the same number of single values ({@code 1,100} and
     * {@code 2,200} are a table of two columns, whose ID column the user confirms); for files that are not plain text,
     * lines that do not differ in token count.
     *
     * @param lines the complete lines of the first part of the input
     * @param plainText the input is a .txt file or pasted text
     */
    static boolean isIdList(List<String> lines, boolean plainText) {
        int tokens = 0;
        int numeric = 0;
        int lineCount = 0;
        int firstCount = -1;
        boolean varying = false;
        boolean multi = false;
        boolean onlyTabs = true;
        List<String> data = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('"') >= 0) {
                return false;
            }
            List<String> parts = ListTokens.split(line);
            onlyTabs &= ONLY_TABS.matcher(line).matches();
            if (lineCount == 0 && isListHeader(line)) {
                if (namesColumns(line)) {
                    return false; // "count,profile_id": the header of a table, whatever the rows below look like
                }
                lineCount++;
                continue;
            }
            data.add(line);
            int count = parts.size();
            for (String p : parts) {
                if (IdValueParser.kindOf(IdValueParser.parse(p)).numeric()) {
                    numeric++;
                }
            }
            tokens += count;
            multi |= count > 1;
            if (firstCount < 0) {
                firstCount = count;
            } else if (count != firstCount) {
                varying = true;
            }
            lineCount++;
        }
        int percent = plainText ? 60 : 90;
        if (!multi || tokens == 0 || numeric * 100 < tokens * percent) {
            return false;
        }
        if (data.size() > 1 && isGrid(data)) {
            return false;
        }
        if (varying || lineCount <= 2) {
            return true;
        }
        // a grid separated by tabs only is cells pasted from a spreadsheet: a table, whose ID column is to be chosen
        return plainText && !onlyTabs;
    }

    /** Every line splits on the same table delimiter into the same number (more than one) of single values. */
    private static boolean isGrid(List<String> lines) {
        for (char d : TABLE_DELIMITERS) {
            String delimiter = Pattern.quote(String.valueOf(d));
            int width = -1;
            boolean grid = true;
            for (int i = 0; grid && i < lines.size(); i++) {
                String[] cells = lines.get(i).split(delimiter, -1);
                grid = cells.length > 1 && (width < 0 || cells.length == width);
                width = cells.length;
                for (int c = 0; grid && c < cells.length; c++) {
                    grid = ListTokens.split(cells[c]).size() == 1;
                }
            }
            if (grid) {
                return true;
            }
        }
        return false;
    }

    /** A first line of a list that names the IDs below it and holds none itself (one that does is data). */
    static boolean isListHeader(String line) {
        List<String> parts = ListTokens.split(line);
        if (!isHeaderLine(line, parts)) {
            return false;
        }
        for (String p : parts) {
            if (IdValueParser.parse(p) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The line splits on a table delimiter into several cells: it names columns, it is no title above a list. */
    private static boolean namesColumns(String line) {
        for (char d : TABLE_DELIMITERS) {
            int cells = 0;
            for (String cell : line.split(Pattern.quote(String.valueOf(d)))) {
                if (!cell.isBlank()) {
                    cells++;
                }
            }
            if (cells > 1) {
                return true;
            }
        }
        return false;
    }

    /** The whole line is one column name ("id", "Profile IDs", "窗口序号"), not several. */
    static boolean namesOneColumn(String line) {
        return headerScore(line.strip()) > 0;
    }

    static boolean isHeaderLine(String line, List<String> parts) {
        if (headerScore(line) > 0) {
            return true;
        }
        for (String p : parts) {
            if (headerScore(p) > 0) {
                return true;
            }
        }
        return false;
    }

    /** @param rows the first non-blank rows @param source for messages */
    static Plan find(List<SampleRow> rows, ColumnChoice choice, String source) throws ImportException {
        int columns = 0;
        for (SampleRow r : rows) {
            columns = Math.max(columns, r.cells().length);
        }
        int headerIdx = -1;
        if (choice.header() != ColumnChoice.Header.ABSENT) {
            for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
                int valid = validIds(rows.get(i));
                if (namesAColumn(rows.get(i)) && valid == 0) {
                    headerIdx = i;
                    break;
                }
                if (valid > 0) {
                    break; // rows above a header are skipped: never skip a row that holds an ID
                }
            }
            if (headerIdx < 0 && choice.header() == ColumnChoice.Header.PRESENT) {
                headerIdx = 0;
            }
        }
        Stats[] stats = stats(rows, headerIdx + 1, columns);
        if (headerIdx < 0 && choice.header() == ColumnChoice.Header.AUTO && rows.size() > 1) {
            Stats[] below = stats(rows, 1, columns);
            if (numericCells(rows.get(0)) == 0 && best(below) >= 0) {
                headerIdx = 0;
                stats = below;
            }
        }
        int headerRow = headerIdx >= 0 ? rows.get(headerIdx).row() : 0;
        if (headerIdx >= 0 && headerIdx == rows.size() - 1) {
            throw new ImportException(source + " has a header row (row " + headerRow + ": "
                    + String.join(", ", rows.get(headerIdx).cells()) + ") but no IDs below it");
        }
        SampleRow header = headerIdx >= 0 ? rows.get(headerIdx) : null;
        int[] headerScores = new int[columns];
        int bestHeader = -1;
        for (int c = 0; header != null && c < columns; c++) {
            headerScores[c] = headerScore(header.cell(c));
            if (headerScores[c] > 0 && (bestHeader < 0 || headerScores[c] > headerScores[bestHeader])) {
                bestHeader = c;
            }
        }
        int bestContent = guess(stats);
        int numbers = best(stats);
        int chosen;
        boolean byName = false;
        if (!choice.automatic()) {
            if (choice.column() >= columns) {
                throw new ImportException(source + " has no column " + ColumnCandidate.letters(choice.column())
                        + " (it has " + columns + " columns)");
            }
            chosen = choice.column();
        } else if (bestHeader >= 0 && !(stats[bestHeader].valid == 0 && numbers >= 0 && numbers != bestHeader)) {
            chosen = bestHeader;
            byName = true;
        } else if (bestContent >= 0) {
            chosen = bestContent;
        } else {
            refuseForeign(stats, source, null);
            if (columns == 1) {
                chosen = 0;
            } else {
                throw new ImportException(source + ": no column holds profile IDs (whole numbers like 1456)"
                        + " in the first " + rows.size() + " rows");
            }
        }
        if (choice.automatic() && (!byName || headerScores[chosen] < 100)) {
            // another vendor's IDs next to a column of numbers (AdsPower: user_id next to serial_number) is that
            // vendor's export; only a column named for ixBrowser profiles, or the user's own choice, overrides it
            refuseForeign(stats, source, label(header, chosen));
        }
        Stats s = stats[chosen];
        if (s.foreign != null && s.foreignCount * 2 >= s.nonEmpty && s.valid < s.foreignCount) {
            throw new ImportException(s.foreign.refusal(source, s.foreignExample, s.foreignRow));
        }
        int width = header != null ? width(header.cells()) : commonWidth(rows);
        int sampled = rows.size() - (headerIdx + 1);
        List<ColumnCandidate> candidates = new ArrayList<>();
        int plausible = 0;
        for (int c = 0; c < columns; c++) {
            boolean named = headerScores[c] > 0;
            boolean content = stats[c].score() >= 0.5;
            if (named || stats[c].numeric > 0 || c == chosen) {
                candidates.add(new ColumnCandidate(c, label(header, c), stats[c].valid, sampled));
            }
            // by name: columns named as well; a column of IDs that the header does not reach (one header cell above
            // two columns of numbers) is a choice too. By content: every column of numbers, and the guess itself
            if ((named && headerScores[c] == headerScores[chosen])
                    || (byName && header != null && c >= width && content && stats[c].count() * 2 >= sampled)
                    || (!byName && (content || c == chosen))) {
                plausible++;
            }
        }
        boolean ambiguous = choice.automatic() && plausible > 1;
        return new Plan(chosen, headerRow, label(header, chosen), List.copyOf(candidates), ambiguous, width);
    }

    /** Cells up to the last one that is not blank. */
    static int width(String[] cells) {
        int w = cells.length;
        while (w > 0 && cells[w - 1].isBlank()) {
            w--;
        }
        return w;
    }

    /** The most common row width; the smaller one on a tie, since a row too wide is the one to check. */
    private static int commonWidth(List<SampleRow> rows) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (SampleRow r : rows) {
            counts.merge(width(r.cells()), 1, Integer::sum);
        }
        int best = 0;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static String label(SampleRow header, int c) {
        String h = header == null ? "" : header.cell(c).replace("\uFEFF", "").strip();
        return h.isEmpty() ? "column " + ColumnCandidate.letters(c) : h;
    }

    private static void refuseForeign(Stats[] stats, String source, String numbers) throws ImportException {
        Stats worst = null;
        for (Stats s : stats) {
            if (s.foreign != null
                    && s.foreignCount * 2 >= s.nonEmpty
                    && (worst == null || s.foreignCount > worst.foreignCount)) {
                worst = s;
            }
        }
        if (worst != null) {
            String msg = worst.foreign.refusal(source, worst.foreignExample, worst.foreignRow);
            throw new ImportException(
                    numbers == null
                            ? msg
                            : msg + " (" + numbers + " holds numbers too; if they"
                                    + " are ixBrowser profile IDs, choose that column)");
        }
    }

    private static boolean namesAColumn(SampleRow r) {
        for (String cell : r.cells()) {
            if (headerScore(cell) > 0) {
                return true;
            }
        }
        return false;
    }

    private static int validIds(SampleRow r) {
        int n = 0;
        for (String cell : r.cells()) {
            if (IdValueParser.parse(cell) > 0) {
                n++;
            }
        }
        return n;
    }

    private static int numericCells(SampleRow r) {
        int n = 0;
        for (String cell : r.cells()) {
            if (IdValueParser.kindOf(IdValueParser.parse(cell)).numeric()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The column of numbers (content score of at least 0.5) that holds the most of them, or -1. Counted over all rows,
     * not over the rows that reach that column: one cell of a single row that has more cells than the others must not
     * beat a column of IDs. Ties: the cleaner column, then the leftmost.
     */
    private static int best(Stats[] stats) {
        return mostNumbers(stats, false);
    }

    /** Like {@link #best}, but a column with some valid IDs among text may win too: the likeliest column to offer. */
    private static int guess(Stats[] stats) {
        return mostNumbers(stats, true);
    }

    private static int mostNumbers(Stats[] stats, boolean anyIds) {
        int best = -1;
        for (int c = 0; c < stats.length; c++) {
            Stats s = stats[c];
            if (!(s.score() >= 0.5 || (anyIds && s.valid > 0))) {
                continue;
            }
            if (best < 0
                    || s.count() > stats[best].count()
                    || (s.count() == stats[best].count() && s.score() > stats[best].score())) {
                best = c;
            }
        }
        return best;
    }

    private static Stats[] stats(List<SampleRow> rows, int from, int columns) {
        Stats[] stats = new Stats[columns];
        for (int c = 0; c < columns; c++) {
            stats[c] = new Stats();
        }
        for (int i = from; i < rows.size(); i++) {
            SampleRow r = rows.get(i);
            for (int c = 0; c < columns; c++) {
                stats[c].add(r.cell(c), r.row());
            }
        }
        return stats;
    }

    /** What the first rows hold in one column. */
    private static final class Stats {
        int nonEmpty;
        int valid;
        int numeric;
        ForeignIdKind foreign;
        int foreignCount;
        String foreignExample;
        int foreignRow;

        void add(String cell, int row) {
            long v = IdValueParser.parse(cell);
            IdValueParser.Kind k = IdValueParser.kindOf(v);
            if (k == IdValueParser.Kind.EMPTY) {
                return;
            }
            nonEmpty++;
            if (k == IdValueParser.Kind.VALID) {
                valid++;
            }
            if (k.numeric()) {
                numeric++;
            }
            if (k != IdValueParser.Kind.VALID) {
                ForeignIdKind f = ForeignIdKind.of(cell);
                if (f != null && (foreign == null || foreign == f)) {
                    foreign = f;
                    foreignCount++;
                    if (foreignExample == null) {
                        foreignExample = cell.strip();
                        foreignRow = row;
                    }
                }
            }
        }

        /** Valid IDs count fully, other numbers (rounded, decimals) half: both say "this is the number column". */
        double count() {
            return valid + 0.5 * (numeric - valid);
        }

        /** {@link #count()} as a share of the column's non-empty cells. */
        double score() {
            return nonEmpty == 0 ? 0 : count() / nonEmpty;
        }
    }
}
