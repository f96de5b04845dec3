package org.partnersandbox.emulator.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of purchase an offer is. It decides how the purchase ends, after the sandbox cancel
 * page's table (reference E13): by cancelling the order, by suspending the subscription, or both;
 * and whether an open order of it keeps its customer from being deleted (RR-14).
 */
public enum ProductType {
    AZURE_RESERVED_INSTANCE("AzureReservedInstance", "AzureReservedInstance", true, false, false, true),
    PERPETUAL_SOFTWARE("PerpetualSoftware", "Software", true, false, true, true),
    SOFTWARE_SUBSCRIPTION("SoftwareSubscription", "Software", true, true, true, true),
    /** Seat (license-based) online services such as Microsoft 365: ended by suspending the subscription. */
    ONLINE_SERVICES("OnlineServices", "OnlineServicesNCE", false, true, false, false);

    private final String wireName;
    private final String documentedId;
    private final boolean cancelledByOrder;
    private final boolean suspendedBySubscription;
    private final boolean cancelledByOrderInProduction;
    private final boolean blocksCustomerDelete;

    ProductType(String wireName, String documentedId, boolean cancelledByOrder, boolean suspendedBySubscription,
                boolean cancelledByOrderInProduction, boolean blocksCustomerDelete) {
        this.wireName = wireName;
        this.documentedId = documentedId;
        this.cancelledByOrder = cancelledByOrder;
        this.suspendedBySubscription = suspendedBySubscription;
        this.cancelledByOrderInProduction = cancelledByOrderInProduction;
        this.blocksCustomerDelete = blocksCustomerDelete;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * A subscription's {@code productType.id} as the documented examples write it: {@code Software} for software
     * (the SQL Server subscription of the subscriptions page), {@code OnlineServicesNCE} for new-commerce seats.
     * No example shows an Azure RI subscription: it keeps the catalogue's name.
     */
    public String documentedId() {
        return documentedId;
    }

    /** Sandbox column "PATCH order" of the table. */
    public boolean cancelledByOrder() {
        return cancelledByOrder;
    }

    /** Sandbox column "PATCH subscription" of the table. */
    public boolean suspendedBySubscription() {
        return suspendedBySubscription;
    }

    /** Production column "order": Azure RIs cannot be cancelled there (403 800019). */
    public boolean cancelledByOrderInProduction() {
        return cancelledByOrderInProduction;
    }

    /** RR-14: "Azure reserved VM instance and software purchase orders" must be cancelled before a customer delete. */
    public boolean blocksCustomerDelete() {
        return blocksCustomerDelete;
    }

    public static ProductType fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown productType '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(ProductType::wireName).collect(Collectors.joining(", "))));
    }
}
