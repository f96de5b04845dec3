package org.partnersandbox.suite.janitor;

import java.util.Locale;

/**
 * How a purchase is ended in the integration sandbox, by its product type (the cancel page's table,
 * docs/emulator.md "Offer catalogue"): Azure reserved instances and software (perpetual or by
 * subscription) by cancelling the order, which also ends its subscriptions; seat-based online services
 * by suspending the subscription, since their orders cannot be cancelled (400 800063). An open order of
 * the first kind keeps its customer from being deleted (409), so the janitor cancels those first.
 */
public enum PurchaseEnd {
    /** PATCH the order with status cancelled; its subscriptions become deleted. */
    CANCEL_ORDER,
    /** PATCH the subscription with status suspended; the order itself stays completed. */
    SUSPEND_SUBSCRIPTION,
    /** The product type is not known (yet): the janitor reads it from the subscription. */
    UNKNOWN;

    /** {@code productTypeId}: a subscription's {@code productType.id}, or null. */
    public static PurchaseEnd of(String productTypeId) {
        if (productTypeId == null || productTypeId.isBlank()) {
            return UNKNOWN;
        }
        String type = productTypeId.toLowerCase(Locale.ROOT);
        if (type.contains("reservedinstance") || type.contains("software")) {
            return CANCEL_ORDER; // AzureReservedInstance, PerpetualSoftware, SoftwareSubscription, Software (as documented)
        }
        if (type.equals("onlineservices") || type.equals("onlineservicesnce")) {
            return SUSPEND_SUBSCRIPTION;
        }
        return UNKNOWN;
    }

    /**
     * Whether a subscription of this product type may be suspended: seats and software subscriptions
     * may; Azure RIs and perpetual software may not (400 800096), they end with their order. Unknown: try.
     */
    public static boolean suspendable(String productTypeId) {
        if (productTypeId == null || productTypeId.isBlank()) {
            return true;
        }
        String type = productTypeId.toLowerCase(Locale.ROOT);
        return !(type.contains("reservedinstance") || type.contains("perpetual") || type.equals("software"));
    }
}
