package com.ixsweep.viewmodel;

/** Why the settings in the dialog cannot be saved yet; the view words each one. */
public enum SettingsProblem {
    NO_HOST,
    BAD_HOST,
    BAD_PORT,
    REMOTE_HOST_NOT_ALLOWED
}
