package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiSettingsTest {

    @Test
    void defaultsMatchTheVendorClient() {
        ApiSettings d = ApiSettings.defaults();

        assertThat(d.baseUrl()).isEqualTo("http://127.0.0.1:53200");
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(d.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.allowRemoteHost()).isFalse();
        assertThat(d.pageSize()).isEqualTo(100);
        assertThat(d.isLoopback()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://127.0.0.1:53200/", "http://localhost:1", "http://127.8.9.10:2", "http://[::1]:53200"})
    void loopbackAddressesAreRecognised(String url) {
        assertThat(ApiSettings.defaults().withBaseUrl(url).isLoopback()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://192.168.0.2:53200",
                "http://127.0.0.1.evil.test:80",
                "http://example.com",
                "http://0.0.0.0:53200"
            })
    void otherHostsAreNotLoopback(String url) {
        assertThat(ApiSettings.defaults().withBaseUrl(url).isLoopback()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1:53200",
                "ftp://127.0.0.1",
                "http://127.0.0.1:53200/api/v2",
                "http:// bad",
                "http://127.0.0.1:99999"
            })
    void malformedAddressesAreRejectedPlainly(String url) {
        assertThatThrownBy(() -> ApiSettings.defaults().withBaseUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url.strip());
    }

    @Test
    void trailingSlashIsDropped() {
        assertThat(ApiSettings.defaults().withBaseUrl("http://127.0.0.1:9/").baseUrl())
                .isEqualTo("http://127.0.0.1:9");
    }
}
