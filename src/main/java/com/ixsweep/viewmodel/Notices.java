package com.ixsweep.viewmodel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words view models put into banners and notices, in the window's language. Immutable; a new language is a new
 * instance, so a worker thread formatting a message never sees half a switch.
 */
public final class Notices {

    private static final String BUNDLE = "com.ixsweep.viewmodel.notices";

    private final ResourceBundle bundle;

    private Notices(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** English. */
    public static Notices english() {
        return forLanguage("en");
    }

    /** For a language tag ({@code en}, {@code zh-CN}); empty follows the system; unknown languages get English. */
    public static Notices forLanguage(String tag) {
        Locale locale = tag == null || tag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(tag);
        return new Notices(ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
