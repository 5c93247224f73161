package com.ixsweep.viewmodel;

import com.ixsweep.importer.ImportResult;

/**
 * "Which column holds the profile IDs?": asked when an imported file or pasted table has more than one plausible
 * column. {@link #guess()} is the importer's first choice (its {@code columnIndex}, {@code candidates} with their
 * sample counts); the answer goes to {@link MainViewModel#answerColumn(ColumnQuestion, int)}.
 */
public final class ColumnQuestion {

    private final ImportResult guess;
    private final MainViewModel.ImportJob job;

    ColumnQuestion(ImportResult guess, MainViewModel.ImportJob job) {
        this.guess = guess;
        this.job = job;
    }

    public ImportResult guess() {
        return guess;
    }

    MainViewModel.ImportJob job() {
        return job;
    }
}
