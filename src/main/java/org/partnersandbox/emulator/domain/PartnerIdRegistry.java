package org.partnersandbox.emulator.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The PartnerIDs (formerly MPN IDs) the emulator knows, each with the country of its region and
 * whether it belongs to the integration sandbox or to production.
 */
public record PartnerIdRegistry(Map<String, String> sandboxIdCountries, Map<String, String> productionIdCountries) {

    public boolean isProduction(String partnerId) {
        return productionIdCountries.containsKey(partnerId);
    }

    /** The country of a sandbox PartnerID, empty when the ID is not a sandbox PartnerID. */
    public Optional<String> sandboxCountry(String partnerId) {
        return Optional.ofNullable(sandboxIdCountries.get(partnerId));
    }
}
