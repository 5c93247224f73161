package com.ixsweep.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The window's strings in one language. */
public final class Messages {

    private static final String BUNDLE = "com.ixsweep.ui.messages";

    private Messages() {}

    /**
     * The strings for a language tag ({@code en}, {@code zh-CN}), or the system's language when the tag is empty.
     * No fallback to the system language: English chosen on a Chinese system must stay English.
     */
    public static ResourceBundle forLanguage(String tag) {
        Locale locale = tag == null || tag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(tag);
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
