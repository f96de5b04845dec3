package org.partnersandbox.suite.config;

import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.hooks.SandboxRun;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * The target's data that scenarios need and cannot make up: which PartnerID a new sandbox
 * indirect reseller gets, a production PartnerID, an unknown one, and an offer to order. From the
 * target's configuration; a scenario that needs a value the target does not give is not-run.
 */
public final class SandboxCatalogue {

    static final String RESELLER_PARTNER_ID = "sandbox.newReseller.partnerId";
    static final String RESELLER_COUNTRY = "sandbox.newReseller.country";
    static final String PRODUCTION_PARTNER_ID = "sandbox.productionPartnerId";
    static final String UNKNOWN_PARTNER_ID = "sandbox.unknownPartnerId";
    static final String SUBSCRIPTION_OFFER = "sandbox.offer.subscription";
    static final String RESERVED_INSTANCE_OFFER = "sandbox.offer.reservedInstance";
    static final String PERPETUAL_SOFTWARE_OFFER = "sandbox.offer.perpetualSoftware";
    /** The documentation's own example of a PartnerID that does not exist (get-partner-by-mpn-id). */
    private static final String DOCUMENTED_UNKNOWN_PARTNER_ID = "9999999";

    /** A sandbox PartnerID and the region it belongs to (IR-03). */
    public record RegionalPartnerId(String partnerId, String country) {
    }

    private final SuiteConfig config;

    public SandboxCatalogue() {
        this.config = SandboxRun.current().config();
    }

    /** The PartnerID new resellers get: the configured one, else the provider's own sandbox PartnerID. */
    public RegionalPartnerId resellerPartnerId(PartnerAccount provider) {
        return config.optional(RESELLER_PARTNER_ID)
                .map(id -> new RegionalPartnerId(id, config.optional(RESELLER_COUNTRY).orElse(provider.country())))
                .orElse(new RegionalPartnerId(provider.partnerId(), provider.country()));
    }

    public String productionPartnerId() {
        return needed(PRODUCTION_PARTNER_ID, "a production PartnerID");
    }

    public String unknownPartnerId() {
        return config.optional(UNKNOWN_PARTNER_ID).orElse(DOCUMENTED_UNKNOWN_PARTNER_ID);
    }

    /** An offer whose subscriptions end by being suspended (a seat-based online service). */
    public String subscriptionOffer() {
        return needed(SUBSCRIPTION_OFFER, "an offer to order");
    }

    /** An Azure reserved VM instance, bought once and ended by cancelling its order (RR-14). */
    public String reservedInstanceOffer() {
        return needed(RESERVED_INSTANCE_OFFER, "an Azure reserved VM instance offer");
    }

    /** Perpetual software, bought once and ended by cancelling its order (RR-14). */
    public String perpetualSoftwareOffer() {
        return needed(PERPETUAL_SOFTWARE_OFFER, "a perpetual software offer");
    }

    private String needed(String key, String what) {
        return config.optional(key).orElseThrow(() -> NotRun.because("set " + key + " (or "
                + SuiteConfig.environmentName(key) + ") to " + what + " of the target"));
    }
}
