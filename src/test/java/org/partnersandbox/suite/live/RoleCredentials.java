package org.partnersandbox.suite.live;

import java.nio.file.Path;
import java.util.Optional;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.Secret;

/**
 * One live role's app registration: tenant, client id, a client secret or a certificate (PKCS#12)
 * for App-only, and a refresh token (Secure Application Model) for App+User. Printing it prints no secret.
 */
public record RoleCredentials(PartnerRole role, String tenantId, String clientId, Optional<Secret> clientSecret,
                              Optional<Path> certificate, Optional<Secret> certificatePassword,
                              Optional<Secret> refreshToken, String name, String partnerId, String country) {

    /** Every secret value of this role, to check that none of them reaches a file. */
    public java.util.List<Secret> secrets() {
        java.util.List<Secret> all = new java.util.ArrayList<>();
        clientSecret.ifPresent(all::add);
        certificatePassword.ifPresent(all::add);
        refreshToken.ifPresent(all::add);
        return all;
    }

    @Override
    public String toString() {
        return role.key() + " (tenant " + tenantId + ", client " + clientId + ")";
    }
}
