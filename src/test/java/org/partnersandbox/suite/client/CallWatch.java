package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sees every Partner Center call of {@link PartnerCenterApi}: before it goes out (a guard may
 * refuse it, e.g. a write to a tenant that is not a declared sandbox; a ledger may write down what a
 * create is about to make), as its bytes go out, and once it is answered (e.g. to write what it
 * created to a ledger on disk at once). The emulator target needs none of it.
 */
public interface CallWatch {

    CallWatch NONE = new CallWatch() {
    };

    /**
     * Throws to stop the call before any byte is sent; else returns what follows the call out and back.
     * {@code requestBody} and {@code requestId} may be null. By default: {@link #beforeSend}, then {@link #answered}.
     */
    default Sending sending(PartnerAccount account, String method, String path, JsonNode requestBody, String requestId) {
        beforeSend(account, method, path);
        return (status, responseBody) -> answered(account, method, path, requestBody, status, responseBody);
    }

    /** Throws to stop the call before any byte is sent. */
    default void beforeSend(PartnerAccount account, String method, String path) {
    }

    /** {@code requestBody} may be null; {@code responseBody} is the raw text (never print it unmasked). */
    default void answered(PartnerAccount account, String method, String path, JsonNode requestBody, int status,
                          String responseBody) {
    }

    /** One call on its way. */
    interface Sending {

        /** Its bytes go out now (again, when a 429 or 503 is retried). */
        default void sent() {
        }

        /** Its answer; not called when no answer came (a timeout, a dropped connection). */
        void answered(int status, String responseBody);
    }
}
