package org.partnersandbox.suite.janitor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a run's ledger file. Write-ahead: before a create is sent, its {@code intent} (the kind,
 * the name or domain the suite chose, the owner, the request id); once answered, the resource that came
 * into existence ({@code created}, naming its intent) or, when nothing did, {@code resolved} (the
 * create was refused, or the janitor looked the name up and found nothing); later {@code removed}. Ids
 * and names only: never a secret (an indirect reseller's admin password stays out).
 *
 * @param kind        one of {@link ResourceKind}'s keys
 * @param id          the resource's id (an indirect reseller's accountId, a customer's tenant id, ...)
 * @param customerId  the customer an order or subscription belongs to, else null
 * @param orderId     the order a subscription was bought by, else null
 * @param offerId     what an order or subscription bought (an order with several lines: the ids, comma-separated)
 * @param productType the subscription's {@code productType.id} when an answer showed it; it decides how the
 *                    purchase ends ({@link PurchaseEnd}); null when not yet known, and the janitor asks
 * @param ownerRole   the role whose credentials created it, and can remove it
 * @param domain      a customer's domain, as its create request gave it (intent lines)
 * @param requestId   the {@code MS-RequestId} of the create (intent lines)
 * @param intent      the intent this line answers (created, resolved) or opens (intent); null on other lines
 * @param note        why an intent was resolved without a resource
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerEntry(String event, String kind, String id, String customerId, String orderId, String offerId,
                          String productType, String name, String ownerRole, String ownerTenant, String runId, String at,
                          String domain, String requestId, String intent, String note) {

    public static final String INTENT = "intent";
    public static final String CREATED = "created";
    public static final String RESOLVED = "resolved";
    public static final String REMOVED = "removed";

    public LedgerEntry(String event, String kind, String id, String customerId, String orderId, String offerId,
                       String productType, String name, String ownerRole, String ownerTenant, String runId, String at) {
        this(event, kind, id, customerId, orderId, offerId, productType, name, ownerRole, ownerTenant, runId, at, null, null,
                null, null);
    }

    /** Identity of the resource, the same in its created and removed lines. */
    public String resourceKey() {
        return INTENT.equals(event) ? "intent/" + intent : key(kind, customerId, id);
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

    /**
     * The resource an intent turned out to have created, found by its name: a {@code created} line
     * answering it, of the intent's run (the finder is in its note).
     */
    public LedgerEntry foundAs(String resourceId, String runIdOfFinder, String when) {
        return new LedgerEntry(CREATED, kind, resourceId, customerId, null, null, null, name, ownerRole, ownerTenant,
                runId, when, domain, requestId, intent, "found by name by run " + runIdOfFinder);
    }

    /** Closes an intent that left nothing to remove. */
    public LedgerEntry resolvedNow(String why, String runIdOfResolver, String when) {
        return new LedgerEntry(RESOLVED, kind, null, customerId, null, null, null, name, ownerRole, ownerTenant,
                runIdOfResolver, when, domain, requestId, intent, why);
    }

    /** One line for people: kind, id, name, and the run that created it. */
    public String describe() {
        if (INTENT.equals(event)) {
            return "unconfirmed create of " + kind + (name != null ? " " + name : domain != null ? " " + domain : "")
                    + (customerId == null ? "" : " for customer " + customerId) + " (request " + requestId + ") of run " + runId;
        }
        return kind + " " + id + (name == null ? "" : " (" + name + ")")
                + (customerId == null ? "" : " of customer " + customerId) + (runId == null ? "" : " of run " + runId);
    }
}
