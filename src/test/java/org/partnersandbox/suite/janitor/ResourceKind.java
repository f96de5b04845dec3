package org.partnersandbox.suite.janitor;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a run creates, in the order the API requires them removed: orders are cancelled (an open
 * Azure RI or software order blocks its customer's delete, RR-14) before subscriptions are
 * suspended (IR-23), both before their customer is deleted, and a reseller's customers before the
 * indirect reseller itself (IR-24). The one removal order: a scenario's cleanup
 * ({@code scenario/ScenarioCleanup}) and the janitor ({@link RemovalOrder}) both follow it.
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
