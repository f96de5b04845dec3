package org.partnersandbox.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnersandbox.emulator.domain.AppRegistration;
import org.partnersandbox.emulator.domain.Offer;
import org.partnersandbox.emulator.domain.OfferCatalogue;
import org.partnersandbox.emulator.domain.PartnerAccount;
import org.partnersandbox.emulator.domain.PartnerIdRegistry;
import org.partnersandbox.emulator.domain.PartnerRole;
import org.partnersandbox.emulator.domain.ProductType;
import org.partnersandbox.emulator.domain.SeedData;
import org.partnersandbox.emulator.domain.UserAccount;
import org.partnersandbox.emulator.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the seed files under {@code config/}: the accounts and PartnerIDs the emulator starts with. */
final class SeedFiles {

    private SeedFiles() {
    }

    static SeedData accounts(Path file) {
        JsonNode root = read(file);
        List<PartnerAccount> accounts = new ArrayList<>();
        for (JsonNode a : root.path("accounts")) {
            PartnerRole role = PartnerRole.fromWireName(text(a, "role", file));
            accounts.add(new PartnerAccount(role, text(a, "tenantId", file), text(a, "name", file),
                    text(a, "partnerId", file), text(a, "country", file),
                    new AppRegistration(text(a.path("app"), "clientId", file), text(a.path("app"), "clientSecret", file)),
                    new UserAccount(text(a.path("user"), "userName", file), text(a.path("user"), "password", file),
                            text(a.path("user"), "objectId", file), a.path("user").path("multifactor").asBoolean(true)),
                    null));
        }
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no accounts");
        }
        return new SeedData(accounts, new PartnerIdRegistry(ids(root.path("sandboxPartnerIds"), file),
                ids(root.path("productionPartnerIds"), file)));
    }

    /** The offer catalogue: every offer needs an id, a name, a known productType and its billing facts. */
    static OfferCatalogue offers(Path file) {
        JsonNode root = read(file);
        List<Offer> offers = new ArrayList<>();
        for (JsonNode o : root.path("offers")) {
            ProductType type;
            try {
                type = ProductType.fromWireName(text(o, "productType", file));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            offers.add(new Offer(text(o, "id", file), text(o, "name", file), type, text(o, "billingType", file),
                    text(o, "billingCycle", file), text(o, "unitType", file), o.path("termDuration").asText("")));
        }
        if (offers.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no offers");
        }
        return new OfferCatalogue(offers);
    }

    static JsonNode read(Path file) {
        try {
            return Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> ids(JsonNode list, Path file) {
        Map<String, String> ids = new LinkedHashMap<>();
        list.forEach(entry -> ids.put(text(entry, "partnerId", file), text(entry, "country", file)));
        return ids;
    }

    private static String text(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(file + ": every entry needs a '" + field + "'");
        }
        return value.textValue();
    }
}
