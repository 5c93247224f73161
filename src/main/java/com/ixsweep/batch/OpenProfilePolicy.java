package com.ixsweep.batch;

/** What a run does with profiles that are open (running) when it starts. An immutable constant: any thread. */
public enum OpenProfilePolicy {
    /** Leave them alone: they end Skipped (open). The default. */
    SKIP,
    /** Close them first (profile-close-in-batches, then wait until they are gone), then clear them. */
    CLOSE_FIRST,
    /** Send them anyway, for clients where clearing an open profile works. */
    INCLUDE
}
