package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.AccessClaims;
import org.partnersandbox.emulator.auth.TokenIssuer;
import org.partnersandbox.emulator.auth.TokenKind;
import org.partnersandbox.emulator.domain.Customer;
import org.partnersandbox.emulator.domain.CustomerService;
import org.partnersandbox.emulator.domain.PartnerAccount;
import org.partnersandbox.emulator.domain.PartnerRole;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.Sandbox;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JsonBody;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The emulator's own routes under {@code /_emulator}: discover and provision accounts, reset,
 * inspect state, mint test tokens. A fake's affordances for tests; the real sandbox has none.
 */
public final class EmulatorAdminApi {

    private final Sandbox sandbox;
    private final CustomerService customers;
    private final TokenIssuer tokens;

    public EmulatorAdminApi(Sandbox sandbox, CustomerService customers, TokenIssuer tokens) {
        this.sandbox = sandbox;
        this.customers = customers;
        this.tokens = tokens;
    }

    public void accounts(Context ctx) {
        ArrayNode accounts = Json.array();
        sandbox.partners().all().stream().sorted(Comparator.comparing(PartnerAccount::role).thenComparing(PartnerAccount::name))
                .map(EmulatorAdminApi::accountJson).forEach(accounts::add);
        Json.respond(ctx, 200, accounts);
    }

    public void provision(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        PartnerRole role = PartnerRole.fromWireName(body.requiredText("role"));
        boolean multifactor = body.find("userSignsInWithMfa").map(EmulatorAdminApi::flag).orElse(true);
        Json.respond(ctx, 201, accountJson(sandbox.partners().provision(role, multifactor)));
    }

    public void reset(Context ctx) {
        sandbox.reset();
        ctx.status(204);
    }

    public void state(Context ctx) {
        ObjectNode state = Json.object().put("accounts", sandbox.partners().all().size());
        ArrayNode resellers = state.putArray("indirectResellers");
        sandbox.resellers().all().forEach(r -> resellers.addObject().put("accountId", r.accountId())
                .put("providerTenantId", r.providerTenantId()).put("domainPrefix", r.profile().domainPrefix())
                .put("mpnId", r.mpnId()));
        ArrayNode customers = state.putArray("customers");
        sandbox.customers().all().forEach(c -> customers.addObject().put("id", c.id())
                .put("ownerTenantId", c.ownerTenantId()).put("associatedPartnerId", c.associatedPartnerId())
                .put("companyName", c.profile().companyName()).put("domain", c.profile().domain()));
        ArrayNode orders = state.putArray("orders");
        sandbox.orders().all().forEach(o -> orders.addObject().put("id", o.id()).put("customerId", o.customerId())
                .put("status", o.status().wireName()));
        ArrayNode subscriptions = state.putArray("subscriptions");
        sandbox.subscriptions().all().forEach(s -> subscriptions.addObject().put("id", s.id())
                .put("customerId", s.customerId()).put("orderId", s.orderId()).put("offerId", s.offer().id())
                .put("productType", s.offer().productType().wireName()).put("partnerId", s.partnerId())
                .put("status", s.status().wireName()));
        Json.respond(ctx, 200, state);
    }

    /**
     * {@code {"tenantId": ..., "count": N}}: N customers of that partner's own, made at once, answered
     * {@code {"customerIds": [...]}}. For a scenario's Given that needs many customers (issue 14: 75
     * customers were 75 calls before the scenario's own); its own actions still go through Partner
     * Center. The same rules as a create: the quota refuses (800018) the first customer too many, and
     * the ones made before it stay, as N separate calls would leave them.
     */
    public void seedCustomers(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        PartnerAccount account = sandbox.partners().find(body.requiredText("tenantId"))
                .orElseThrow(() -> Refusal.notFound(60003, "No account with that tenant id."));
        int count = body.find("count").map(EmulatorAdminApi::customerCount)
                .orElseThrow(() -> Refusal.badInput("The property 'count' is required."));
        List<String> ids = customers.seed(account, count).stream().map(Customer::id).toList();
        ObjectNode answer = Json.object();
        ids.forEach(answer.putArray("customerIds")::add);
        Json.respond(ctx, 201, answer);
    }

    private static int customerCount(com.fasterxml.jackson.databind.JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1 || value.intValue() > 1000) {
            throw Refusal.badInput("The property 'count' must be a whole number from 1 to 1000.");
        }
        return value.intValue();
    }

    /** {@code {"tenantId": ..., "kind": "app"|"user", "expiresInSeconds": -60}}: e.g. an expired but genuine token. */
    public void mintToken(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        PartnerAccount account = sandbox.partners().find(body.requiredText("tenantId"))
                .orElseThrow(() -> Refusal.notFound(60003, "No account with that tenant id."));
        String kindName = body.optionalText("kind").orElse("user");
        if (!kindName.equals("app") && !kindName.equals("user")) {
            throw Refusal.badInput("The property 'kind' must be \"app\" or \"user\".");
        }
        TokenKind kind = kindName.equals("app") ? TokenKind.APP_ONLY : TokenKind.APP_USER;
        long seconds = body.find("expiresInSeconds").map(EmulatorAdminApi::lifetimeSeconds)
                .orElse(tokens.lifetime().toSeconds());
        String appId = account.app() == null ? "reseller" : account.app().clientId();
        AccessClaims claims = kind == TokenKind.APP_USER ? AccessClaims.appUser(account.tenantId(), appId, account.user())
                : AccessClaims.appOnly(account.tenantId(), appId);
        String token = tokens.access(claims,
                TokenEndpoint.PARTNER_CENTER, Duration.ofSeconds(seconds)).value();
        Json.respond(ctx, 201, Json.object().put("access_token", token));
    }

    private static boolean flag(com.fasterxml.jackson.databind.JsonNode value) {
        if (!value.isBoolean()) {
            throw Refusal.badInput("The property 'userSignsInWithMfa' must be true or false.");
        }
        return value.booleanValue();
    }

    /** A whole number of seconds within a day either way: a negative one mints an already expired token. */
    private static long lifetimeSeconds(com.fasterxml.jackson.databind.JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || Math.abs(value.intValue()) > 86_400) {
            throw Refusal.badInput("The property 'expiresInSeconds' must be a whole number from -86400 to 86400.");
        }
        return value.intValue();
    }

    static ObjectNode accountJson(PartnerAccount account) {
        ObjectNode json = Json.object().put("role", account.role().wireName()).put("sandbox", account.sandbox())
                .put("tenantId", account.tenantId()).put("name", account.name())
                .put("partnerId", account.partnerId()).put("country", account.country());
        if (account.app() == null) {
            json.putNull("app");
        } else {
            json.putObject("app").put("clientId", account.app().clientId()).put("clientSecret", account.app().clientSecret());
        }
        json.putObject("user").put("userName", account.user().userName()).put("password", account.user().password())
                .put("multifactor", account.user().multifactor());
        json.put("providerTenantId", account.providerTenantId());
        return json;
    }
}
