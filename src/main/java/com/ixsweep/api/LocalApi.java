package com.ixsweep.api;

import com.ixsweep.model.ClearMode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import java.util.List;
import java.util.Set;

/**
 * The ixBrowser Local API as the rest of the product sees it. Implementations are thread-safe and enforce the
 * documented limit of 3 requests in flight themselves, so callers on any thread may call any method; every method
 * blocks until the answer (or a timeout) and never throws for API, HTTP or transport failures.
 */
public interface LocalApi {

    /** The base URL, e.g. {@code http://127.0.0.1:53200}, for messages. */
    String baseUrl();

    /** One clear call with these IDs. On success, {@code data} holds the IDs ixBrowser reports as cleared. */
    ApiOutcome<List<ProfileId>> clear(ClearMode mode, List<ProfileId> ids);

    /** Every profile (all pages), optionally filtered; only the safe fields of {@link Profile}. */
    default ApiOutcome<List<Profile>> listProfiles(ProfileQuery query) {
        return listProfiles(query, PageListener.NONE);
    }

    /**
     * As {@link #listProfiles(ProfileQuery)}, telling the listener after each page; when it answers false the
     * profiles read so far come back as the result.
     */
    ApiOutcome<List<Profile>> listProfiles(ProfileQuery query, PageListener listener);

    /**
     * IDs of profiles running now. The client's implementation trusts {@code native-client-profile-opened-list} (what
     * runs now, however it was opened); {@code profile-opened-list} is history-like and is not used as proof.
     */
    ApiOutcome<Set<ProfileId>> openProfiles();

    /** Closes API-opened profiles; {@code data} holds the IDs closed. */
    ApiOutcome<List<ProfileId>> closeProfiles(List<ProfileId> ids);

    /** Checks that ixBrowser answers and can clear, telling apart the reasons it cannot. */
    ConnectionCheck testConnection();

    /** Every group ({@code group-list}, all pages), for filters. Implementations that cannot list groups say so. */
    default ApiOutcome<List<NamedItem>> groups() {
        return new ApiOutcome.BadResponse<>(
                "Listing groups is not supported by " + getClass().getSimpleName());
    }

    /** Every tag ({@code tag-list}, all pages), for filters. */
    default ApiOutcome<List<NamedItem>> tags() {
        return new ApiOutcome.BadResponse<>(
                "Listing tags is not supported by " + getClass().getSimpleName());
    }

    /** Clears the "open" mark of a profile left stuck after a crash ({@code profile-open-state-reset}). */
    default ApiOutcome<Void> resetOpenState(ProfileId id) {
        return new ApiOutcome.BadResponse<>(
                "Resetting open state is not supported by " + getClass().getSimpleName());
    }
}
