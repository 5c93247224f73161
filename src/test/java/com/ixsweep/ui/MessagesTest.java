package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Both languages have every string, in both bundles: the window's words and the view models' notices. */
class MessagesTest {

    private static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(
                base, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.ixsweep.ui.messages", "com.ixsweep.viewmodel.notices"})
    void simplifiedChineseHasEveryEnglishString(String base) {
        ResourceBundle en = bundle(base, Locale.ROOT);
        ResourceBundle zh = bundle(base, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    @ParameterizedTest
    @CsvSource({
        "com.ixsweep.ui.messages,", "com.ixsweep.ui.messages,zh-CN",
        "com.ixsweep.viewmodel.notices,", "com.ixsweep.viewmodel.notices,zh-CN"
    })
    void everyPatternFormatsWithoutError(String base, String tag) {
        ResourceBundle b = bundle(base, tag == null ? Locale.ROOT : Locale.forLanguageTag(tag));
        for (String key : b.keySet()) {
            String formatted = MessageFormat.format(b.getString(key), 240, 12, 3.5, 3, 2, 1);
            assertThat(formatted).as(key).isNotBlank().doesNotContain("{0");
        }
    }

    @Test
    void englishChosenOnAChineseSystemStaysEnglish() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.forLanguage("en").getString("action.load")).isEqualTo("Load profiles");
            assertThat(Messages.forLanguage("").getString("action.load")).isEqualTo("加载窗口列表");
        } finally {
            Locale.setDefault(system);
        }
    }
}
