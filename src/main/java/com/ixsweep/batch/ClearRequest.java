package com.ixsweep.batch;

import com.ixsweep.model.ClearMode;
import com.ixsweep.model.ProfileId;
import java.util.List;
import java.util.Objects;

/**
 * One run's input, immutable: snapshot it on the FX thread before handing it to a worker.
 *
 * @param ids the profiles in the operator's order; duplicates are removed by the engine (first seen kept)
 * @param chunkSize IDs per clear call (default {@value #DEFAULT_CHUNK})
 */
public record ClearRequest(
        List<ProfileId> ids, ClearMode mode, int chunkSize, OpenProfilePolicy openPolicy, boolean dryRun) {

    public static final int DEFAULT_CHUNK = 50;

    public ClearRequest {
        ids = List.copyOf(ids);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(openPolicy, "openPolicy");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
    }

    public static ClearRequest of(List<ProfileId> ids, ClearMode mode) {
        return new ClearRequest(ids, mode, DEFAULT_CHUNK, OpenProfilePolicy.SKIP, false);
    }
}
