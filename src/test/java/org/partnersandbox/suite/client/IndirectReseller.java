package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sandbox indirect reseller as its create call returned it. The admin password is shown once,
 * at creation; it stays a {@link Secret}, so that nothing prints it.
 */
public record IndirectReseller(String accountId, String mpnId, String tenantId, String adminUserAccount,
                               Secret adminPassword) {

    public static IndirectReseller fromJson(JsonNode created) {
        JsonNode tenant = created.path("tenant");
        return new IndirectReseller(
                created.path("accountId").asText(""),
                created.path("mpnId").asText(""),
                tenant.path("id").asText(""),
                tenant.path("adminUserAccount").asText(""),
                Secret.of(tenant.path("password").asText("")));
    }

    public String describe() {
        return "sandbox indirect reseller " + accountId + " (PartnerID " + mpnId + ")";
    }
}
