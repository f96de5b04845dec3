package org.partnersandbox.suite.client;

/** The kinds of partner account a scenario acts as; the key is the emulator's and the config's name. */
public enum PartnerRole {
    INDIRECT_PROVIDER("indirectProvider", "sandbox indirect provider"),
    DIRECT_BILL_PARTNER("directBillPartner", "sandbox direct bill partner"),
    PRODUCTION_ACCOUNT("productionAccount", "production (non-sandbox) partner account"),
    INDIRECT_RESELLER("indirectReseller", "sandbox indirect reseller");

    private final String key;
    private final String description;

    PartnerRole(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static PartnerRole byKey(String key) {
        for (PartnerRole role : values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown partner role '" + key + "'");
    }
}
