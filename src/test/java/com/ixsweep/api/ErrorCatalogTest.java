package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCatalogTest {

    @ParameterizedTest
    @CsvSource({
        "1000, PERMANENT",
        "1001, PERMANENT",
        "1002, OPERATOR",
        "1004, TRANSIENT",
        "1005, OPERATOR",
        "1006, OPERATOR",
        "1007, PERMANENT",
        "1008, OPERATOR",
        "1009, PER_PROFILE",
        "1010, TRANSIENT",
        "1014, PER_PROFILE",
        "1016, TRANSIENT",
        "1020, TRANSIENT",
        "2001, PERMANENT",
        "2007, PER_PROFILE",
        "2012, TRANSIENT",
        "111003, PER_PROFILE"
    })
    void documentedCodesHaveTheirClass(int code, FailureClass expected) {
        assertThat(ErrorCatalog.classOf(code)).isEqualTo(expected);
        assertThat(ErrorCatalog.lookup(code))
                .hasValueSatisfying(e -> assertThat(e.documented()).isTrue());
    }

    @Test
    void everyCodeOfBothLowRangesHasAReadableMessage() {
        IntStream.concat(IntStream.rangeClosed(1000, 1020), IntStream.rangeClosed(2001, 2013))
                .forEach(code -> assertThat(ErrorCatalog.lookup(code))
                        .as("code %d", code)
                        .hasValueSatisfying(e -> assertThat(e.message()).isNotBlank()));
    }

    @Test
    void permissionAndOperationFailedEarnExtraAttempts() {
        assertThat(ErrorCatalog.extraRetries(1008)).isEqualTo(2);
        assertThat(ErrorCatalog.extraRetries(1011)).isEqualTo(1);
        assertThat(ErrorCatalog.extraRetries(2007)).isZero();
    }

    @Test
    void unknownCodesDegradeToTheServerMessage() {
        assertThat(ErrorCatalog.describe(121003, "Whatever it is")).isEqualTo("ixBrowser error 121003: Whatever it is");
        assertThat(ErrorCatalog.describe(121003, null)).isEqualTo("ixBrowser error 121003");
        assertThat(ErrorCatalog.classOf(121003)).isEqualTo(FailureClass.PERMANENT);
    }

    @Test
    void guessedEntriesShowTheServerWordsToo() {
        assertThat(ErrorCatalog.describe(2009, "Profile in trash"))
                .isEqualTo("The profile is in the recycle bin (2009; ixBrowser says: Profile in trash)");
        assertThat(ErrorCatalog.describe(1005, "")).contains("needs ixBrowser 2.3.17 or later");
    }
}
