package com.ixsweep.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Every behaviour knob of {@link LocalApiSimulator}, as one immutable value; change a running simulator with
 * {@link LocalApiSimulator#setConfig} or {@link LocalApiSimulator#update}. Build with {@link #defaults()} and the
 * {@code with...} methods. Any thread.
 *
 * @param profileCount profiles seeded at construction (IDs 1..N); later changes are ignored
 * @param openByApiAtStart the first N profiles start open "by the API" (closable)
 * @param openByHandAtStart the next N profiles start open "by hand" (close answers 1009)
 * @param unknownIds what a clear call does with an ID that does not exist
 * @param openProfiles what a clear call does with a profile that is open
 * @param openRefusalCode the code of a refused open profile: 111003 (default) or 1014
 * @param maxRequestsPerSecond above this many requests in the last second, answer 1010; 0 = off
 * @param permissionDeniedAboveConcurrency above this many requests in flight, answer 1008; 0 = off (default 3, the
 *     documented limit)
 * @param latency added to every request
 * @param perProfileLatency added per ID of a clear call
 * @param fault a transport-level fault for every request (or only {@code faultActions})
 * @param faultActions actions the fault applies to; empty = all
 * @param systemErrorEveryNth every Nth request (counting all) answers 1004; 0 = off
 * @param loggedOut every action answers 1002
 * @param noPermission every action answers 1008
 * @param tooOld how the clear actions answer when the client is "older than 2.3.17"
 */
public record SimulatorConfig(
        int profileCount,
        int openByApiAtStart,
        int openByHandAtStart,
        UnknownIdMode unknownIds,
        OpenProfileMode openProfiles,
        int openRefusalCode,
        int maxRequestsPerSecond,
        int permissionDeniedAboveConcurrency,
        Duration latency,
        Duration perProfileLatency,
        Fault fault,
        Set<String> faultActions,
        int systemErrorEveryNth,
        boolean loggedOut,
        boolean noPermission,
        TooOld tooOld) {

    /** What a clear call does with an unknown ID. */
    public enum UnknownIdMode {
        /** The whole call fails: 2007 "Profile does not exist", {@code data: null}, nothing cleared (the example). */
        FAIL_BATCH,
        /** The known IDs are cleared; the unknown ones are simply left out of {@code data}. */
        OMIT
    }

    /** What a clear call does with an open profile. */
    public enum OpenProfileMode {
        /** The whole call fails with {@code openRefusalCode}, {@code data: null}, nothing cleared. */
        REFUSE,
        /** The call "succeeds" and lists the open profile in {@code data}, but nothing is cleared for it. */
        FAKE_SUCCESS
    }

    /** Transport-level misbehaviour. Refusing connections is {@link LocalApiSimulator#refuseConnections}. */
    public enum Fault {
        NONE,
        /** Never answer until the simulator is closed. */
        HANG,
        /** HTTP 500 with a plain-text body. */
        HTTP_500,
        /** HTTP 200 with an HTML page. */
        NON_JSON,
        /** Send a full Content-Length, half the body, then drop the connection. */
        CLOSE_MID_RESPONSE
    }

    /** How the clear actions answer on an "old" client. */
    public enum TooOld {
        NO,
        /** HTTP 200, code 1001, message "Unknown action: profile-clear-...". */
        UNKNOWN_ACTION,
        /** HTTP 404 with a plain-text body. */
        HTTP_404,
        /** HTTP 200, code 1005 "Client version is too low". */
        CODE_1005
    }

    public SimulatorConfig {
        Objects.requireNonNull(unknownIds, "unknownIds");
        Objects.requireNonNull(openProfiles, "openProfiles");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(perProfileLatency, "perProfileLatency");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(tooOld, "tooOld");
        faultActions = Set.copyOf(faultActions);
        if (profileCount < 0 || openByApiAtStart < 0 || openByHandAtStart < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * 50 profiles, none open, unknown ID fails the batch, open profiles refused with 111003, no rate limit, 1008
     * above 3 in flight, no latency, no faults.
     */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(
                50,
                0,
                0,
                UnknownIdMode.FAIL_BATCH,
                OpenProfileMode.REFUSE,
                111003,
                0,
                3,
                Duration.ZERO,
                Duration.ZERO,
                Fault.NONE,
                Set.of(),
                0,
                false,
                false,
                TooOld.NO);
    }

    public SimulatorConfig withProfileCount(int n) {
        return new SimulatorConfig(
                n,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withOpenAtStart(int byApi, int byHand) {
        return new SimulatorConfig(
                profileCount,
                byApi,
                byHand,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withUnknownIds(UnknownIdMode mode) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                mode,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withOpenProfiles(OpenProfileMode mode, int refusalCode) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                mode,
                refusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withMaxRequestsPerSecond(int perSecond) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                perSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withPermissionDeniedAboveConcurrency(int inFlight) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                inFlight,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withLatency(Duration perRequest, Duration perProfile) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                perRequest,
                perProfile,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    /** A fault for every action ({@code actions} empty) or only the named ones. */
    public SimulatorConfig withFault(Fault f, Set<String> actions) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                f,
                actions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withFault(Fault f) {
        return withFault(f, Set.of());
    }

    public SimulatorConfig withSystemErrorEveryNth(int n) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                n,
                loggedOut,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withLoggedOut(boolean on) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                on,
                noPermission,
                tooOld);
    }

    public SimulatorConfig withNoPermission(boolean on) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                on,
                tooOld);
    }

    public SimulatorConfig withTooOld(TooOld shape) {
        return new SimulatorConfig(
                profileCount,
                openByApiAtStart,
                openByHandAtStart,
                unknownIds,
                openProfiles,
                openRefusalCode,
                maxRequestsPerSecond,
                permissionDeniedAboveConcurrency,
                latency,
                perProfileLatency,
                fault,
                faultActions,
                systemErrorEveryNth,
                loggedOut,
                noPermission,
                shape);
    }

    boolean faultApplies(String action) {
        return fault != Fault.NONE && (faultActions.isEmpty() || faultActions.contains(action));
    }
}
