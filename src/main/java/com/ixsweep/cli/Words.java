package com.ixsweep.cli;

import java.util.Locale;

/** Counts for people: "1 profile", "2,740 profiles". Stateless; any thread. */
final class Words {

    private Words() {}

    /** {@code n} with thousands separators and the singular or plural noun: {@code count(1, "ID", "IDs")}. */
    static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** As {@link #count(long, String, String)} for nouns whose plural adds an "s". */
    static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** {@code n} with thousands separators: 199,980. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
