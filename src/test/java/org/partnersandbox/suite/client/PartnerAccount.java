package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A partner account the suite can act as: its tenant, PartnerID, app registration and user.
 * Secrets are {@link Secret}s, so printing an account prints no password.
 */
public record PartnerAccount(PartnerRole role, boolean sandbox, String tenantId, String name,
                             String partnerId, String country,
                             String clientId, Secret clientSecret, String userName, Secret password) {

    /** From the emulator's account JSON ({@code docs/emulator.md}, "Admin API"). */
    public static PartnerAccount fromJson(JsonNode account) {
        return new PartnerAccount(
                PartnerRole.byKey(account.path("role").asText()),
                account.path("sandbox").asBoolean(false),
                account.path("tenantId").asText(),
                account.path("name").asText(),
                account.path("partnerId").asText(),
                account.path("country").asText(),
                account.path("app").path("clientId").asText(),
                Secret.of(account.path("app").path("clientSecret").asText()),
                account.path("user").path("userName").asText(),
                Secret.of(account.path("user").path("password").asText()));
    }

    /** "sandbox indirect provider Contoso (tenant …)". */
    public String describe() {
        return role.description() + " " + name + " (tenant " + tenantId + ")";
    }
}
