package org.partnersandbox.emulator.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The offers a sandbox order may buy. Read once from the seed file; never changes while serving. */
public final class OfferCatalogue {

    private final Map<String, Offer> byId = new LinkedHashMap<>();

    public OfferCatalogue(List<Offer> offers) {
        offers.forEach(o -> byId.put(o.id().toUpperCase(Locale.ROOT), o));
    }

    public static OfferCatalogue empty() {
        return new OfferCatalogue(List.of());
    }

    /** Offer ids match case-insensitively, as the documentation writes them both ways. */
    public Optional<Offer> find(String offerId) {
        return Optional.ofNullable(byId.get(offerId.toUpperCase(Locale.ROOT)));
    }

    public List<Offer> all() {
        return List.copyOf(byId.values());
    }
}
