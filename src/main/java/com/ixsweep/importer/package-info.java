/** Readers of profile-ID lists (CSV, TSV, TXT, XLSX, pasted text) into an ImportResult. No JavaFX. */
package com.ixsweep.importer;
