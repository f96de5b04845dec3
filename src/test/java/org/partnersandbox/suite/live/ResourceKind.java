package org.partnersandbox.suite.live;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a live run can leave behind, in the order the API requires them removed: orders are
 * cancelled before subscriptions are suspended, both before their customer is deleted, and a
 * reseller's customers before the indirect reseller itself.
 */
public enum ResourceKind {
    ORDER("order"),
    SUBSCRIPTION("subscription"),
    CUSTOMER("customer"),
    INDIRECT_RESELLER("sandboxIndirectReseller");

    private final String key;

    ResourceKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ResourceKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
