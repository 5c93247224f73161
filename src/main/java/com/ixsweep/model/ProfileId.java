package com.ixsweep.model;

/**
 * An ixBrowser profile serial number: a positive integer. The API sends it as a number on most endpoints and as a
 * string on some; everything in the product compares normalised {@code ProfileId}s.
 */
public record ProfileId(long value) implements Comparable<ProfileId> {

    /** The largest ID we accept: the API is a PHP/Go backend with signed 64-bit ints, and JS clients lose precision
     * above 2^53, so anything larger is certainly not an ixBrowser serial. */
    public static final long MAX = 9_007_199_254_740_991L;

    public ProfileId {
        if (value <= 0 || value > MAX) {
            throw new IllegalArgumentException("A profile ID must be a whole number from 1 to " + MAX + ": " + value);
        }
    }

    public static ProfileId of(long value) {
        return new ProfileId(value);
    }

    @Override
    public int compareTo(ProfileId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
