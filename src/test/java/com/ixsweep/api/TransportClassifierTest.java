package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.api.ApiOutcome.TransportFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

class TransportClassifierTest {

    private static TransportFailure kind(IOException e) {
        return TransportClassifier.classify(e, "http://127.0.0.1:53200", Duration.ofSeconds(3), Duration.ofSeconds(30))
                .kind();
    }

    @Test
    void eachFailureHasItsKind() {
        assertThat(kind(new ConnectTimeoutException("x"))).isEqualTo(TransportFailure.CONNECT_TIMEOUT);
        assertThat(kind(new HttpHostConnectException("x"))).isEqualTo(TransportFailure.CONNECTION_REFUSED);
        assertThat(kind(new ConnectException("x"))).isEqualTo(TransportFailure.CONNECTION_REFUSED);
        assertThat(kind(new SocketTimeoutException("x"))).isEqualTo(TransportFailure.RESPONSE_TIMEOUT);
        assertThat(kind(new SocketException("Connection reset"))).isEqualTo(TransportFailure.CONNECTION_RESET);
        assertThat(kind(new NoHttpResponseException("x"))).isEqualTo(TransportFailure.CONNECTION_RESET);
        assertThat(kind(new ConnectionClosedException("x"))).isEqualTo(TransportFailure.CONNECTION_RESET);
        assertThat(kind(new InterruptedIOException("x"))).isEqualTo(TransportFailure.OTHER);
        assertThat(kind(new IOException("x"))).isEqualTo(TransportFailure.OTHER);
    }

    @Test
    void descriptionsSpeakToAPerson() {
        assertThat(TransportClassifier.classify(
                                new ConnectTimeoutException("x"),
                                "http://127.0.0.1:53200",
                                Duration.ofSeconds(3),
                                Duration.ofSeconds(30))
                        .description())
                .isEqualTo("Could not connect to http://127.0.0.1:53200 within 3 s: ixBrowser may be busy, or a"
                        + " firewall is silently dropping the connection");
        assertThat(TransportClassifier.classify(
                                new ConnectException("x"),
                                "http://127.0.0.1:53200",
                                Duration.ofSeconds(3),
                                Duration.ofSeconds(30))
                        .description())
                .isEqualTo("ixBrowser is not running, or its Local API is off, at http://127.0.0.1:53200");
    }
}
