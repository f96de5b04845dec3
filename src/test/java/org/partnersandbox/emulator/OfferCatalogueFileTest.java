package org.partnersandbox.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.emulator.domain.Offer;
import org.partnersandbox.emulator.domain.OfferCatalogue;
import org.partnersandbox.emulator.domain.ProductType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code config/offers.json}: what it seeds, and how a broken catalogue file is reported. */
class OfferCatalogueFileTest {

    @Test
    void the_seeded_catalogue_has_every_product_type_with_its_billing_facts() {
        OfferCatalogue offers = SeedFiles.offers(EmulatorSettings.DEFAULT_OFFERS);
        assertThat(offers.all()).extracting(Offer::productType).contains(ProductType.values());
        assertThat(offers.all()).allSatisfy(o -> {
            assertThat(o.name()).isNotBlank();
            assertThat(o.billingType()).isNotBlank();
            assertThat(o.unitType()).isNotBlank();
        });
        assertThat(offers.find(EmulatorHttp.RESERVED_INSTANCE.toLowerCase())).map(Offer::productType)
                .contains(ProductType.AZURE_RESERVED_INSTANCE);
    }

    @Test
    void an_unknown_product_type_is_named_with_the_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("offers.json");
        Files.writeString(file, """
                {"offers": [{"id": "X", "name": "X", "productType": "Hardware", "billingType": "license",
                             "billingCycle": "monthly", "unitType": "Licenses", "termDuration": "P1M"}]}""");
        assertThatThrownBy(() -> SeedFiles.offers(file)).hasMessageContaining(file.toString()).hasMessageContaining("Hardware");
    }

    @Test
    void a_missing_property_or_an_empty_catalogue_is_refused(@TempDir Path dir) throws IOException {
        Path noName = dir.resolve("no-name.json");
        Files.writeString(noName, """
                {"offers": [{"id": "X", "productType": "OnlineServices", "billingType": "license", "billingCycle": "monthly", "unitType": "Licenses"}]}""");
        assertThatThrownBy(() -> SeedFiles.offers(noName)).hasMessageContaining("'name'");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"offers\": []}");
        assertThatThrownBy(() -> SeedFiles.offers(empty)).hasMessageContaining("lists no offers");
    }
}
