/** Immutable values shared by every layer: ProfileId, Profile, ClearMode, RowStatus, RowState. JDK only. */
package com.ixsweep.model;
