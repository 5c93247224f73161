package com.ixsweep.importer;

import com.ixsweep.model.ProfileId;
import java.util.AbstractList;
import java.util.RandomAccess;

/** An immutable list of IDs kept as a primitive array: a million IDs cost 8 MB, not a million objects. */
final class LongIdList extends AbstractList<ProfileId> implements RandomAccess {

    private final long[] values;

    /** @param values already validated IDs; the array is not copied and must not be changed afterwards */
    LongIdList(long[] values) {
        this.values = values;
    }

    @Override
    public ProfileId get(int index) {
        return new ProfileId(values[index]);
    }

    @Override
    public int size() {
        return values.length;
    }

    long[] toLongArray() {
        return values.clone();
    }
}
