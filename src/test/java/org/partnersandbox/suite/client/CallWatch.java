package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sees every Partner Center call of {@link PartnerCenterApi}: before it goes out (a guard may
 * refuse it, e.g. a write to a tenant that is not a declared sandbox) and once it is answered
 * (e.g. to write what it created to a ledger on disk at once). The emulator target needs neither.
 */
public interface CallWatch {

    CallWatch NONE = new CallWatch() {
    };

    /** Throws to stop the call before any byte is sent. */
    default void beforeSend(PartnerAccount account, String method, String path) {
    }

    /** {@code requestBody} may be null; {@code responseBody} is the raw text (never print it unmasked). */
    default void answered(PartnerAccount account, String method, String path, JsonNode requestBody, int status,
                          String responseBody) {
    }
}
