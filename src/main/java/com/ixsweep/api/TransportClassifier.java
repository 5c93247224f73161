package com.ixsweep.api;

import com.ixsweep.api.ApiOutcome.TransportError;
import com.ixsweep.api.ApiOutcome.TransportFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.TruncatedChunkException;

/** Turns an I/O failure of one request into a {@link TransportError} a person can act on. Stateless. */
final class TransportClassifier {

    private TransportClassifier() {}

    static <T> TransportError<T> classify(IOException e, String baseUrl, Duration connect, Duration response) {
        if (e instanceof ConnectTimeoutException) {
            return new TransportError<>(
                    TransportFailure.CONNECT_TIMEOUT,
                    "Could not connect to " + baseUrl + " within " + seconds(connect)
                            + ": ixBrowser may be busy, or a firewall is silently dropping the connection");
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new TransportError<>(
                    TransportFailure.CONNECTION_REFUSED,
                    "ixBrowser is not running, or its Local API is off, at " + baseUrl);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransportError<>(
                    TransportFailure.RESPONSE_TIMEOUT,
                    "ixBrowser at " + baseUrl + " took the request but did not answer within " + seconds(response)
                            + "; it may still be working on it");
        }
        if (e instanceof InterruptedIOException) {
            return new TransportError<>(TransportFailure.OTHER, "The request to " + baseUrl + " was cancelled");
        }
        if (e instanceof NoHttpResponseException
                || e instanceof ConnectionClosedException
                || e instanceof TruncatedChunkException
                || e instanceof MalformedChunkCodingException
                || e instanceof SocketException) {
            return new TransportError<>(
                    TransportFailure.CONNECTION_RESET,
                    "The connection to ixBrowser at " + baseUrl + " was dropped before a full answer arrived");
        }
        if (e instanceof UnknownHostException) {
            return new TransportError<>(
                    TransportFailure.OTHER, "The host of " + baseUrl + " is unknown: check the Local API address");
        }
        return new TransportError<>(
                TransportFailure.OTHER,
                "Talking to ixBrowser at " + baseUrl + " failed: "
                        + e.getClass().getSimpleName());
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
