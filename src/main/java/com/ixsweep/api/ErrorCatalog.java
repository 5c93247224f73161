package com.ixsweep.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ixBrowser error codes by number: a readable English message, how to handle the failure, and how many extra attempts
 * it deserves even when it is not {@link FailureClass#TRANSIENT}. Codes marked {@code documented} come from
 * LOCAL-API.md; the others are educated guesses from the code ranges of the vendor appendix (whose text we do not
 * have), so for those the server's own message is shown alongside. Unknown codes become "ixBrowser error N: server
 * message", {@link FailureClass#PERMANENT}. Stateless; any thread.
 */
public final class ErrorCatalog {

    /** One catalogued code. */
    public record Entry(int code, String message, FailureClass failureClass, int extraRetries, boolean documented) {}

    /** The code this project uses for "the client is too old" ({@code 1005}). */
    public static final int CLIENT_TOO_OLD = 1005;

    public static final String TOO_OLD_ADVICE = "needs ixBrowser 2.3.17 or later";

    private static final Map<Integer, Entry> ENTRIES = Map.ofEntries(
            doc(1000, "A required parameter is missing from the request (a bug in IX Sweep)", FailureClass.PERMANENT),
            doc(1001, "ixBrowser rejected the request as invalid", FailureClass.PERMANENT),
            doc(1002, "ixBrowser is logged out: log in to the ixBrowser client again", FailureClass.OPERATOR),
            guess(1003, "ixBrowser refused the operation", FailureClass.PERMANENT),
            doc(1004, "ixBrowser reported a system error; try again later", FailureClass.TRANSIENT),
            doc(1005, "The ixBrowser client is too old for this operation: " + TOO_OLD_ADVICE, FailureClass.OPERATOR),
            doc(1006, "ixBrowser security authentication failed: check the ixBrowser account", FailureClass.OPERATOR),
            doc(1007, "ixBrowser rejected the request as illegal", FailureClass.PERMANENT),
            entry(
                    1008,
                    "The ixBrowser account has no permission to use the Local API (or ixBrowser was too busy)",
                    FailureClass.OPERATOR,
                    2,
                    true),
            doc(
                    1009,
                    "No running browser process for the profile (not open, or opened by hand)",
                    FailureClass.PER_PROFILE),
            doc(1010, "Requests came too fast for ixBrowser; slowing down", FailureClass.TRANSIENT),
            entry(1011, "ixBrowser reported that the operation failed", FailureClass.PERMANENT, 1, true),
            guess(1012, "The ixBrowser account or plan does not allow this operation", FailureClass.OPERATOR),
            guess(1013, "ixBrowser found no data for the request", FailureClass.PERMANENT),
            doc(1014, "The profile cannot be operated on right now", FailureClass.PER_PROFILE),
            guess(1015, "The profile is in use by another team member", FailureClass.PER_PROFILE),
            doc(1016, "ixBrowser timed out handling the request; try again later", FailureClass.TRANSIENT),
            guess(1017, "ixBrowser could not reach its servers; try again later", FailureClass.TRANSIENT),
            guess(1018, "ixBrowser rejected the amount of data in the request", FailureClass.PERMANENT),
            guess(1019, "ixBrowser does not support this operation here", FailureClass.PERMANENT),
            doc(1020, "A profile is opening; wait for it to finish", FailureClass.TRANSIENT),
            doc(2001, "The profile ID list is empty (a bug in IX Sweep)", FailureClass.PERMANENT),
            guess(2002, "The profile parameters are invalid", FailureClass.PERMANENT),
            guess(2003, "The group does not exist", FailureClass.PERMANENT),
            guess(2004, "The tag does not exist", FailureClass.PERMANENT),
            guess(2005, "The profile's proxy is invalid", FailureClass.PER_PROFILE),
            guess(2006, "The account has reached its profile limit", FailureClass.OPERATOR),
            doc(2007, "Profile does not exist", FailureClass.PER_PROFILE),
            guess(2008, "The profile is open; close it first", FailureClass.PER_PROFILE),
            guess(2009, "The profile is in the recycle bin", FailureClass.PER_PROFILE),
            guess(2010, "The profile is being transferred or shared", FailureClass.PER_PROFILE),
            guess(2011, "The profile is locked by another operation", FailureClass.PER_PROFILE),
            doc(2012, "The profile is being backed up to the cloud; try again later", FailureClass.TRANSIENT),
            guess(2013, "The profile's cloud data could not be processed; try again later", FailureClass.TRANSIENT),
            doc(111003, "The profile is open; close it first", FailureClass.PER_PROFILE));

    private ErrorCatalog() {}

    private static Map.Entry<Integer, Entry> entry(
            int code, String message, FailureClass failureClass, int extraRetries, boolean documented) {
        return Map.entry(code, new Entry(code, message, failureClass, extraRetries, documented));
    }

    private static Map.Entry<Integer, Entry> doc(int code, String message, FailureClass failureClass) {
        return Map.entry(code, new Entry(code, message, failureClass, 0, true));
    }

    private static Map.Entry<Integer, Entry> guess(int code, String message, FailureClass failureClass) {
        return Map.entry(code, new Entry(code, message, failureClass, 0, false));
    }

    public static Optional<Entry> lookup(int code) {
        return Optional.ofNullable(ENTRIES.get(code));
    }

    /** The handling class of {@code code}; unknown codes are {@link FailureClass#PERMANENT}. */
    public static FailureClass classOf(int code) {
        Entry e = ENTRIES.get(code);
        return e == null ? FailureClass.PERMANENT : e.failureClass();
    }

    /** Extra attempts a non-transient code still deserves: 2 for 1008 (seen under load), 1 for 1011, else 0. */
    public static int extraRetries(int code) {
        Entry e = ENTRIES.get(code);
        return e == null ? 0 : e.extraRetries();
    }

    /**
     * A sentence for a person. A catalogued code gives its text, with the server's message appended when the server
     * said something different (always useful for guessed entries); an unknown code gives {@code "ixBrowser error N:
     * <server message>"}.
     */
    public static String describe(int code, String serverMessage) {
        String server = serverMessage == null ? "" : serverMessage.strip();
        Entry e = ENTRIES.get(code);
        if (e == null) {
            return server.isEmpty() ? "ixBrowser error " + code : "ixBrowser error " + code + ": " + server;
        }
        String base = e.message();
        if (server.isEmpty()
                || server.equalsIgnoreCase("success")
                || base.toLowerCase(Locale.ROOT).contains(server.toLowerCase(Locale.ROOT))) {
            return base + " (" + code + ")";
        }
        return base + " (" + code + "; ixBrowser says: " + server + ")";
    }

    /** The outcome for a non-zero {@code error.code}. */
    public static <T> ApiOutcome.ApiError<T> toOutcome(int code, String serverMessage) {
        return new ApiOutcome.ApiError<>(code, describe(code, serverMessage), classOf(code));
    }
}
