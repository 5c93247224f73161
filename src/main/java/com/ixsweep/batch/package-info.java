/**
 * The clearing engine in plain Java: plan, chunk, send, bisect, retry, verify, journal.
 *
 * <p>Wiring, on a worker thread (the ViewModel's {@code Task}, or the {@code clear} command's thread):
 *
 * <pre>{@code
 * ClearRequest request = new ClearRequest(ids, ClearMode.CACHE, 50, OpenProfilePolicy.SKIP, false); // FX thread
 * try (RunJournal journal = RunJournal.start(userDataFolder.resolve("runs"), request)) {
 *     RunSummary summary = new ClearEngine(api).run(request, ClearListener.all(journal, rowUpdates), cancel);
 *     journal.finish(summary);
 *     RunReport.of(summary.finalStates(), namesById).write(Path.of("report.csv"));
 * }
 * // Next start: RunJournal.latest(folder) -> RunJournal.read(file).resumeRequest() retries what is left,
 * // never a profile already cleared.
 * }</pre>
 *
 * <p>Threads: {@link com.ixsweep.batch.ClearEngine#run} blocks and calls its listener on the calling thread;
 * {@link com.ixsweep.batch.CancelSignal} is set from any thread. Nothing here touches JavaFX.
 */
package com.ixsweep.batch;
