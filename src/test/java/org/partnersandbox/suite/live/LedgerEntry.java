package org.partnersandbox.suite.live;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a run's ledger file: a resource that came into existence ({@code created}) or went
 * ({@code removed}). Ids and names only: never a secret (an indirect reseller's admin password stays out).
 *
 * @param kind       one of {@link ResourceKind}'s keys
 * @param id         the resource's id (an indirect reseller's accountId, a customer's tenant id, ...)
 * @param customerId the customer an order or subscription belongs to, else null
 * @param ownerRole  the role whose credentials created it, and can remove it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntry(String event, String kind, String id, String customerId, String name,
                          String ownerRole, String ownerTenant, String runId, String at) {

    public static final String CREATED = "created";
    public static final String REMOVED = "removed";

    /** Identity of the resource, the same in its created and removed lines. */
    public String resourceKey() {
        return kind + "/" + (customerId == null ? "" : customerId + "/") + id;
    }

    public LedgerEntry removedNow(String runIdOfRemover, String when) {
        return new LedgerEntry(REMOVED, kind, id, customerId, name, ownerRole, ownerTenant, runIdOfRemover, when);
    }
}
