package com.ixsweep.viewmodel;

/** What the status bar shows about the Local API. */
public enum ConnectionState {
    CHECKING,
    CONNECTED,
    DEMO,
    NOT_REACHABLE,
    PROBLEM
}
