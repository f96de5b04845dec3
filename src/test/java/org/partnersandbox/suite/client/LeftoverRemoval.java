package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calls the live janitor makes, as one partner account: read what is left (orders,
 * subscriptions), end it (cancel an order, suspend a subscription), delete a customer (integration
 * sandbox only) and a sandbox indirect reseller, and find leftovers by name (an unanswered create's, or a
 * reseller's customers). It does not decide the
 * order or which call fits a purchase: janitor/Janitor does. "Already gone" (404) counts as done.
 */
public class LeftoverRemoval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerCenterApi api;

    public LeftoverRemoval(PartnerCenterApi api) {
        this.api = api;
    }

    /** What an ending call came to: done (or already gone), else a one-line reason and Partner Center's error code. */
    public record Outcome(String failure, int errorCode) {
        public static final Outcome DONE = new Outcome(null, 0);

        public boolean done() {
            return failure == null;
        }
    }

    /** A read that was refused (neither 200 nor 404): its one line. */
    public static final class Refused extends RuntimeException {
        public Refused(String line) {
            super(line);
        }
    }

    /** The tenant these calls act as. */
    public String tenantId() {
        return api.account().tenantId();
    }

    /** The order; null when it is gone. */
    public JsonNode order(String customerId, String orderId) {
        return read(api.orders().get(customerId, orderId));
    }

    /** The subscription; null when it is gone. */
    public JsonNode subscription(String customerId, String subscriptionId) {
        return read(api.subscriptions().get(customerId, subscriptionId));
    }

    /** The customer's orders as listed now (lists lag behind creations); empty when the customer is gone. */
    public List<JsonNode> orders(String customerId) {
        return items(read(api.orders().list(customerId)));
    }

    /** The customer's subscriptions as listed now; empty when the customer is gone. */
    public List<JsonNode> subscriptions(String customerId) {
        return items(read(api.subscriptions().list(customerId)));
    }

    public Outcome cancelOrder(String customerId, String orderId) {
        return outcome(api.orders().cancel(customerId, orderId));
    }

    /** Suspends {@code current} as the suite does: the whole subscription, re-read, sent back under its etag. */
    public Outcome suspendSubscription(String customerId, JsonNode current) {
        return outcome(api.subscriptions().suspend(customerId, current.path("id").asText()));
    }

    public Outcome deleteCustomer(String customerId) {
        return outcome(api.customers().delete(customerId));
    }

    public Outcome deleteIndirectReseller(String resellerId) {
        return outcome(api.indirectResellers().delete(resellerId));
    }

    /** The caller's sandbox indirect resellers whose name (their domain prefix) starts with {@code prefix}: {id, name} pairs. */
    public List<String[]> indirectResellersNamed(String prefix) {
        List<String[]> found = new ArrayList<>();
        ApiResponse listed = api.indirectResellers().relationships();
        if (listed.status() != 200) {
            throw new Refused(listed.call().describe() + " " + oneLine(listed));
        }
        PartnerRelationship.listFrom(listed.json()).stream()
                .filter(r -> RunNames.sweepable(r.name(), prefix, Instant.now()))
                .forEach(r -> found.add(new String[] {r.id(), r.name()}));
        return found;
    }

    /** The caller's sandbox indirect reseller named exactly {@code domainPrefix} (any case): {id, name}, or null. */
    public String[] indirectResellerNamed(String domainPrefix) {
        ApiResponse listed = api.indirectResellers().relationships();
        if (listed.status() != 200) {
            throw new Refused(listed.call().describe() + " " + oneLine(listed));
        }
        return PartnerRelationship.listFrom(listed.json()).stream().filter(r -> domainPrefix.equalsIgnoreCase(r.name()))
                .findFirst().map(r -> new String[] {r.id(), r.name()}).orElse(null);
    }

    /**
     * The caller's customer with exactly this domain or, when none, this company name (Partner Center's
     * {@code starts_with} search, then compared whole): {id, name}, or null. Either may be null.
     */
    public String[] customerNamed(String domain, String companyName) {
        for (String[] search : new String[][] {{"Domain", domain}, {"CompanyName", companyName}}) {
            if (search[1] == null || search[1].isBlank()) {
                continue;
            }
            for (JsonNode item : search("/v1/customers", search[0], search[1])) {
                JsonNode profile = item.path("companyProfile");
                String found = search[0].equals("Domain") ? profile.path("domain").asText("") : profile.path("companyName").asText("");
                if (found.equalsIgnoreCase(search[1])) {
                    return new String[] {item.path("id").asText(profile.path("tenantId").asText("")),
                            profile.path("companyName").asText(found)};
                }
            }
        }
        return null;
    }

    /**
     * The customers of the caller's indirect reseller {@code resellerId}, whoever's ledger lists them
     * (the documented {@code IndirectReseller} filter): {id, name} pairs.
     */
    public List<String[]> customersOfIndirectReseller(String resellerId) {
        List<String[]> found = new ArrayList<>();
        for (JsonNode item : search("/v1/customers", "IndirectReseller", resellerId)) {
            JsonNode profile = item.path("companyProfile");
            String id = item.path("id").asText(profile.path("tenantId").asText(""));
            if (!id.isEmpty()) {
                found.add(new String[] {id, profile.path("companyName").asText(profile.path("domain").asText(""))});
            }
        }
        return found;
    }

    private List<JsonNode> search(String path, String field, String value) {
        String filter = JSON.createObjectNode().put("Field", field).put("Value", value).put("Operator", "starts_with").toString();
        ApiResponse listed = api.send("GET", path, Map.of("size", "0", "filter", filter), null, CallIds.fresh());
        if (listed.status() != 200) {
            throw new Refused(listed.call().describe() + " " + oneLine(listed));
        }
        return items(listed.json());
    }

    /**
     * The caller's customers whose company name or domain starts with {@code prefix}, found with
     * Partner Center's own search ({@code filter} {@code starts_with} on CompanyName, then Domain, size 0:
     * one page): {id, name} pairs. The prefix is checked again here, so a looser search never widens a sweep.
     */
    public List<String[]> customersNamed(String prefix) {
        Map<String, String[]> found = new LinkedHashMap<>();
        for (String field : List.of("CompanyName", "Domain")) {
            for (JsonNode item : search("/v1/customers", field, prefix)) {
                JsonNode profile = item.path("companyProfile");
                String name = profile.path("companyName").asText("");
                String domain = profile.path("domain").asText("");
                String id = item.path("id").asText(profile.path("tenantId").asText(""));
                if (!id.isEmpty() && (RunNames.sweepable(name, prefix, Instant.now()) || RunNames.sweepable(domain, prefix, Instant.now()))) {
                    found.putIfAbsent(id, new String[] {id, name.isEmpty() ? domain : name});
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static JsonNode read(ApiResponse answer) {
        if (answer.status() == 404) {
            return null;
        }
        if (answer.status() != 200) {
            throw new Refused(answer.call().describe() + " " + oneLine(answer));
        }
        return answer.json();
    }

    private static List<JsonNode> items(JsonNode collection) {
        List<JsonNode> items = new ArrayList<>();
        if (collection != null) {
            collection.path("items").forEach(items::add);
        }
        return items;
    }


    private static Outcome outcome(ApiResponse response) {
        int status = response.status();
        if ((status >= 200 && status < 300) || status == 404) {
            return Outcome.DONE;
        }
        return new Outcome(response.call().describe() + " " + oneLine(response), response.json().path("code").asInt(0));
    }

    private static String oneLine(ApiResponse response) {
        return response.maskedBody().strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
