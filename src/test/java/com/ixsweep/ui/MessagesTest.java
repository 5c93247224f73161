package com.ixsweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "com.ixsweep.ui.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void simplifiedChineseHasEveryEnglishString() {
        ResourceBundle en = bundle(Locale.ROOT);
        ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zh-CN"})
    void everyPatternFormatsWithoutError(String tag) {
        ResourceBundle b = bundle(tag.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(tag));
        for (String key : b.keySet()) {
            String formatted = MessageFormat.format(b.getString(key), 240, 12, 3.5, 3, 2, 1);
            assertThat(formatted).as(key).isNotBlank().doesNotContain("{0");
        }
    }
}
