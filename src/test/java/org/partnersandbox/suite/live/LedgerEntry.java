package org.partnersandbox.suite.live;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a run's ledger file: a resource that came into existence ({@code created}) or went
 * ({@code removed}). Ids and names only: never a secret (an indirect reseller's admin password stays out).
 *
 * @param kind        one of {@link ResourceKind}'s keys
 * @param id          the resource's id (an indirect reseller's accountId, a customer's tenant id, ...)
 * @param customerId  the customer an order or subscription belongs to, else null
 * @param orderId     the order a subscription was bought by, else null
 * @param offerId     what an order or subscription bought (an order with several lines: the ids, comma-separated)
 * @param productType the subscription's {@code productType.id} when an answer showed it; it decides how the
 *                    purchase ends ({@link PurchaseEnd}); null when not yet known, and the janitor asks
 * @param ownerRole   the role whose credentials created it, and can remove it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerEntry(String event, String kind, String id, String customerId, String orderId, String offerId,
                          String productType, String name, String ownerRole, String ownerTenant, String runId, String at) {

    public static final String CREATED = "created";
    public static final String REMOVED = "removed";

    /** Identity of the resource, the same in its created and removed lines. */
    public String resourceKey() {
        return key(kind, customerId, id);
    }

    public static String key(String kind, String customerId, String id) {
        return kind + "/" + (customerId == null ? "" : customerId + "/") + id;
    }

    public static String key(ResourceKind kind, String customerId, String id) {
        return key(kind.key(), customerId, id);
    }

    /** How this purchase ends, as far as the ledger knows its product type. */
    public PurchaseEnd purchaseEnd() {
        return PurchaseEnd.of(productType);
    }

    public LedgerEntry removedNow(String runIdOfRemover, String when) {
        return new LedgerEntry(REMOVED, kind, id, customerId, orderId, offerId, productType, name, ownerRole, ownerTenant,
                runIdOfRemover, when);
    }

    /** One line for people: kind, id, name, and the run that created it. */
    public String describe() {
        return kind + " " + id + (name == null ? "" : " (" + name + ")")
                + (customerId == null ? "" : " of customer " + customerId) + (runId == null ? "" : " of run " + runId);
    }
}
