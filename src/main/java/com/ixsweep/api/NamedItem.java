package com.ixsweep.api;

import java.util.Objects;

/** A group or a tag as {@code group-list} / {@code tag-list} report it: numeric ID and title. Immutable. */
public record NamedItem(long id, String title) {

    public NamedItem {
        title = Objects.requireNonNullElse(title, "");
    }
}
