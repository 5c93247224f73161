package com.ixsweep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.importer.IdValueParser.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdValueParserTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1456|1456",
                "'  1456  '|1456",
                "\u00A01456\u00A0|1456",
                "001456|1456",
                "1456.0|1456",
                "1456.00|1456",
                "'2,001'|2001",
                "'1,234,567'|1234567",
                "2 001|2001",
                "'=\"1456\"'|1456",
                "'''1456'|1456",
                "+1456|1456",
                "１４５６|1456",
                "9007199254740991|9007199254740991",
                "00000000000000000001456|1456"
            })
    void acceptsTheShapesSpreadsheetsGiveIds(String text, long id) {
        assertThat(IdValueParser.parse(text)).isEqualTo(id);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1458.5|DECIMAL",
                ".5|DECIMAL",
                "0|ZERO",
                "000|ZERO",
                "0.0|ZERO",
                "-5|NEGATIVE",
                "-1456.0|NEGATIVE",
                "9007199254740992|OUT_OF_RANGE",
                "1234567890123456789|OUT_OF_RANGE",
                "1.23457E+15|SCIENTIFIC",
                "1E5|SCIENTIFIC",
                "1,23457E+15|SCIENTIFIC",
                "abc|NOT_A_NUMBER",
                "h1yynkm|NOT_A_NUMBER",
                "'2,01'|DECIMAL",
                "''|EMPTY"
            })
    void rejectsWithAKindThatExplainsWhy(String text, Kind kind) {
        assertThat(IdValueParser.kindOf(IdValueParser.parse(text == null ? "" : text)))
                .isEqualTo(kind);
    }
}
