package org.partnersandbox.emulator.domain;

import java.util.Arrays;

/** The kinds of partner account the sandbox pages talk about, as the suite names its roles. */
public enum PartnerRole {
    INDIRECT_PROVIDER("indirectProvider", true),
    DIRECT_BILL_PARTNER("directBillPartner", true),
    /** A non-sandbox (production) indirect provider: sandbox-only calls must refuse it. */
    PRODUCTION_ACCOUNT("productionAccount", false),
    /** A sandbox indirect reseller created through the API by an indirect provider. */
    INDIRECT_RESELLER("indirectReseller", true);

    private final String wireName;
    private final boolean sandbox;

    PartnerRole(String wireName, boolean sandbox) {
        this.wireName = wireName;
        this.sandbox = sandbox;
    }

    public String wireName() {
        return wireName;
    }

    public boolean sandbox() {
        return sandbox;
    }

    public static PartnerRole fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst()
                .orElseThrow(() -> Refusal.badInput("Unknown role '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(PartnerRole::wireName).toList()));
    }
}
