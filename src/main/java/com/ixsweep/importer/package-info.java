/**
 * Readers of profile-ID lists (CSV, TSV, TXT, XLSX, pasted text) into an ImportResult. No JavaFX.
 *
 * <p>{@link com.ixsweep.importer.IdImporter} is the entry point. Its steps, one class each: {@code FileMagic}
 * (what the first bytes say the file is), {@code EncodingDetector} (BOM, UTF-16 by NULs, UTF-8, legacy code page
 * guess), {@code DelimiterSniffer}, {@code CsvTokenizer} (streaming, no String per cell), {@code XlsxReader} (zip +
 * StAX), {@code IdColumnFinder} (header row, ID column, list or table), {@code ListTokens} (one line of a list into its
 * values), {@code IdValueParser} (one cell to an ID or a reason), {@code IdCollector} (order, duplicates, rejected
 * rows, other vendors' IDs). {@link
 * com.ixsweep.importer.RejectedRowsExport} writes the rejected rows for Excel.
 */
package com.ixsweep.importer;
