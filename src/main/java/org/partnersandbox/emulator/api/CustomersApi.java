package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.domain.Address;
import org.partnersandbox.emulator.domain.Caller;
import org.partnersandbox.emulator.domain.Customer;
import org.partnersandbox.emulator.domain.CustomerFilter;
import org.partnersandbox.emulator.domain.CustomerProfile;
import org.partnersandbox.emulator.domain.CustomerService;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.http.CollectionJson;
import org.partnersandbox.emulator.http.ContinuationToken;
import org.partnersandbox.emulator.http.IdempotentReplay;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JsonBody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code /v1/customers}: create (also for an indirect reseller), list with filter and seek paging,
 * get, and the sandbox delete that removes the reseller relationship.
 */
public final class CustomersApi {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CULTURE = Pattern.compile("([A-Za-z]{2,3})-([A-Za-z]{2,4})");

    private final CustomerService customers;
    private final IdempotentReplay replay;

    public CustomersApi(CustomerService customers, IdempotentReplay replay) {
        this.customers = customers;
        this.replay = replay;
    }

    /** E3/E4: 201 Customer; replays the first answer for a repeated {@code MS-RequestId}. */
    public void create(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        JsonBody body = JsonBody.of(ctx);
        CustomerProfile profile = profile(body);
        String associatedPartnerId = body.optionalText("associatedPartnerId").filter(s -> !s.isBlank())
                .map(id -> Ids.requireGuid(id, "property 'associatedPartnerId'")).orElse(null);
        IdempotentReplay.Answer answer = customers.create(caller, profile, associatedPartnerId,
                create -> replay.createOnce(caller.tenantId(), ctx, () -> {
                    Customer customer = create.get();
                    // a customer never changes: a replay writes the same answer again (nothing copied is kept)
                    return IdempotentReplay.Answer.rewritten(201, CustomerJson.of(customer, CustomerJson.Shape.CREATED),
                            () -> customers.exists(customer.id()));
                }));
        answer.respond(ctx);
    }

    /** E1/E2, X-02: the caller's customers (an indirect reseller's: those created for it), filtered and paged. */
    public void list(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        int size = size(ctx.queryParam("size"));
        String filterText = ctx.queryParam("filter");
        Predicate<Customer> filter = filterText == null || filterText.isBlank() ? CustomerFilter.ANY : filter(filterText);
        long after = 0;
        String seek = ctx.queryParam("seekOperation");
        if (seek != null) {
            if (!seek.equalsIgnoreCase("Next")) {
                throw Refusal.badInput("The seekOperation '" + seek + "' is not supported; follow links.next (seekOperation=Next).");
            }
            String token = ctx.header(ContinuationToken.HEADER);
            if (token == null || token.isBlank()) {
                throw Refusal.badInput("seekOperation=Next needs the " + ContinuationToken.HEADER + " header from links.next.");
            }
            after = ContinuationToken.position(token);
        }
        List<Customer> matching = customers.list(caller, filter, after);
        boolean more = size > 0 && matching.size() > size;
        List<Customer> page = more ? matching.subList(0, size) : matching;
        // links leave the version out, as documented: the SDKs send root + "/v1/" + uri
        String query = "/customers?size=" + size
                + (filterText == null ? "" : "&filter=" + URLEncoder.encode(filterText, StandardCharsets.UTF_8));
        String token = more ? ContinuationToken.after(page.get(page.size() - 1).sequence()) : null;
        List<JsonNode> items = page.stream().map(c -> CustomerJson.of(c, CustomerJson.Shape.LIST_ITEM)).toList();
        Json.respond(ctx, 200, CollectionJson.page(items, query, query + "&seekOperation=Next", token));
    }

    /** E5, IR-06: 200 Customer for its owner or its indirect reseller; 403 20002 for anyone else. */
    public void get(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        Json.respond(ctx, 200, CustomerJson.of(customers.get(caller, Ids.customerId(ctx.pathParam("customerId"))),
                CustomerJson.Shape.FULL));
    }

    /** E6, RR-12..RR-14: 204 with an empty body; App-only and App+User alike (RR-01). */
    public void delete(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        customers.delete(caller, Ids.customerId(ctx.pathParam("customerId")));
        ctx.status(204);
    }

    /** {@code size} absent or 0: everything in one page (as the SDK's filter queries send it). */
    private static int size(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.badInput("The query parameter 'size' must be a whole number, 0 or more; got '" + text + "'.");
    }

    /** The filter's properties, in the documented spelling; clients send them in any case. */
    private static final List<String> FILTER_KEYS = List.of("Field", "Value", "Operator", "FieldType");

    /**
     * The documented {@code {"Field":"IndirectReseller","Value":"<id>","Operator":"starts_with"}}, and what the
     * official Java SDK sends for it: {@code {"field":…,"value":…,"fieldType":"String","operator":"StartsWith"}}.
     * Keys match in any case; anything else (another operator or field type, an unknown key) is 400 800002.
     */
    private static CustomerFilter filter(String text) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw Refusal.badInput("The query parameter 'filter' is not valid JSON.");
        }
        if (!(node instanceof ObjectNode object)) {
            throw Refusal.badInput("The query parameter 'filter' must be a JSON object with Field, Value and Operator.");
        }
        object.fieldNames().forEachRemaining(key -> {
            if (FILTER_KEYS.stream().noneMatch(key::equalsIgnoreCase)) {
                throw Refusal.badInput("The filter property '" + key + "' is not supported; use Field, Value, Operator"
                        + " and optionally FieldType.");
            }
        });
        JsonBody filter = JsonBody.wrap(object);
        String field = filterText(filter, "Field");
        String value = filterText(filter, "Value");
        String operator = filterText(filter, "Operator");
        // the documented starts_with, and the SDK enum's StartsWith
        if (!operator.replace("_", "").equalsIgnoreCase("StartsWith")) {
            throw Refusal.badInput("The filter Operator '" + operator + "' is not supported for customers; use starts_with.");
        }
        if (filter.find("FieldType").isPresent()) {
            String fieldType = filterText(filter, "FieldType");
            if (!fieldType.equalsIgnoreCase("String")) {
                throw Refusal.badInput("The filter FieldType '" + fieldType + "' is not supported; customer fields are String.");
            }
        }
        return new CustomerFilter(CustomerFilter.Field.fromWireName(field).orElseThrow(() -> Refusal.badInput(
                "The filter Field '" + field + "' is not supported; use CompanyName, Domain or IndirectReseller.")), value);
    }

    private static String filterText(JsonBody filter, String name) {
        JsonNode node = filter.find(name).orElseThrow(() -> Refusal.badInput("The filter needs a '" + name + "'."));
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw Refusal.badInput("The filter's '" + name + "' must be a non-empty string.");
        }
        return node.textValue();
    }

    /** E3's body: companyProfile.domain and the billing profile with its default address. */
    private static CustomerProfile profile(JsonBody body) {
        JsonBody company = body.requiredObject("companyProfile");
        String domain = company.requiredText("domain");
        if (!isDomainName(domain)) {
            throw Refusal.badInput("The property 'companyProfile.domain' must be a domain name such as contoso.onmicrosoft.com.");
        }
        JsonBody billing = body.requiredObject("billingProfile");
        // the page's table spells company_name / default_address; its example CompanyName / DefaultAddress
        String companyName = billing.requiredTextOf("companyName", "company_name");
        JsonBody address = billing.find("defaultAddress").isEmpty() && billing.find("default_address").isPresent()
                ? billing.requiredObject("default_address") : billing.requiredObject("defaultAddress");
        String country = address.requiredText("country");
        if (!COUNTRY.matcher(country).matches()) {
            throw Refusal.badInput("The property 'billingProfile.defaultAddress.country' must be a two-letter country code.");
        }
        Address defaultAddress = new Address(country.toUpperCase(Locale.ROOT), optional(address, "region"),
                address.requiredText("city"), optional(address, "state"), address.requiredText("addressLine1"),
                optional(address, "addressLine2"), address.requiredText("postalCode"), optional(address, "firstName"),
                optional(address, "lastName"), optional(address, "phoneNumber"));
        String culture = billing.requiredText("culture");
        var parts = CULTURE.matcher(culture);
        if (!parts.matches()) {
            throw Refusal.badInput("The property 'billingProfile.culture' must be a culture such as en-US.");
        }
        return new CustomerProfile(domain, companyName, billing.requiredText("email"),
                parts.group(1).toLowerCase(Locale.ROOT) + "-" + parts.group(2).toUpperCase(Locale.ROOT),
                billing.requiredText("language"), optional(billing, "firstName"), optional(billing, "lastName"),
                defaultAddress, body.optionalBoolean("enableGDAPByDefault").orElse(null));
    }

    /**
     * At most 253 characters in labels of 1 to 63 letters, digits and hyphens, separated by single dots. A
     * loop, not the regex it replaces: the regex's lookahead and groups were 1.3–2.1 % of the emulator's CPU
     * samples under the bench's POST load (issue 14).
     */
    static boolean isDomainName(String name) {
        if (name.length() > 253) {
            return false;
        }
        int label = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                if (++label > 63) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return label > 0;
    }

    private static String optional(JsonBody body, String name) {
        return body.optionalText(name).orElse(null);
    }
}
