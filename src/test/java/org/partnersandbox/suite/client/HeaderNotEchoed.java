package org.partnersandbox.suite.client;

/**
 * The response did not carry back the {@code MS-RequestId} or {@code MS-CorrelationId} that the
 * request sent (capability X-01). The one check the client makes itself: it holds for every call.
 */
public final class HeaderNotEchoed extends RuntimeException {

    HeaderNotEchoed(String message) {
        super(message);
    }
}
