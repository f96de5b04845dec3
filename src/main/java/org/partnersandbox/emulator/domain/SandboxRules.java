package org.partnersandbox.emulator.domain;

/**
 * The integration sandbox's limits and prerequisites, each in one place (CAPABILITIES.md names
 * the capability each rule serves).
 */
public final class SandboxRules {

    /** IR-01: at most five sandbox indirect resellers per sandbox indirect provider. */
    public static final int RESELLERS_PER_PROVIDER = 5;
    /** IR-04: at most 75 customers per sandbox provider, its resellers' customers included. */
    public static final int CUSTOMERS_PER_PROVIDER = 75;

    private final PartnerIdRegistry partnerIds;

    public SandboxRules(PartnerIdRegistry partnerIds) {
        this.partnerIds = partnerIds;
    }

    /** IP-08, IR-26: sandbox-IR calls are for sandbox ("TiP") indirect providers only. */
    public void requireSandboxIndirectProvider(PartnerAccount caller) {
        if (!caller.sandbox() || !caller.is(PartnerRole.INDIRECT_PROVIDER)) {
            throw new Refusal(401, 6002, "Unauthorized token or Not a Tip Provider Account");
        }
    }

    /** IP-09, IR-03: a sandbox PartnerID whose region matches the new reseller's country. */
    public void requireSandboxPartnerIdFor(String partnerId, String country) {
        if (partnerIds.isProduction(partnerId)) {
            throw new Refusal(400, 800016, "PartnerID " + partnerId
                    + " is a production PartnerID; a sandbox indirect reseller needs a sandbox PartnerID.");
        }
        String idCountry = partnerIds.sandboxCountry(partnerId).orElseThrow(() -> new Refusal(400, 800016,
                "PartnerID " + partnerId + " isn't a valid sandbox Indirect Reseller PartnerID."));
        if (!idCountry.equalsIgnoreCase(country)) {
            throw new Refusal(400, 800016, "PartnerID " + partnerId + " belongs to region " + idCountry
                    + ", but the indirect reseller's tenant country is " + country + ".");
        }
    }

    /** IR-01: refuse the sixth reseller. */
    public void requireResellerSlot(long resellersOfProvider) {
        if (resellersOfProvider >= RESELLERS_PER_PROVIDER) {
            throw new Refusal(403, 6004, "Create Sandbox Indirect Reseller operation not allowed: the limit of "
                    + RESELLERS_PER_PROVIDER + " sandbox indirect resellers per sandbox indirect provider is reached.");
        }
    }

    /** IR-15: domain prefixes are unique across the sandbox. */
    public void requireFreeDomainPrefix(boolean taken, String domainPrefix) {
        if (taken) {
            throw new Refusal(409, 1003, "Conflict while creating tenant: domain prefix '" + domainPrefix + "' is taken.");
        }
    }

    /** IR-04: refuse the 76th customer of a provider. */
    public void requireCustomerSlot(long customersOfProvider) {
        if (customersOfProvider >= CUSTOMERS_PER_PROVIDER) {
            throw new Refusal(400, 800018, "The sandbox limit has been met: at most " + CUSTOMERS_PER_PROVIDER
                    + " customers per sandbox provider.");
        }
    }
}
