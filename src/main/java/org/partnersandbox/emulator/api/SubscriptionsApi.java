package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.domain.Caller;
import org.partnersandbox.emulator.domain.Offer;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.Subscription;
import org.partnersandbox.emulator.domain.SubscriptionService;
import org.partnersandbox.emulator.domain.SubscriptionStatus;
import org.partnersandbox.emulator.http.CollectionJson;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JsonBody;
import org.partnersandbox.emulator.http.WireTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code /v1/customers/{customerId}/subscriptions}: read, suspend and reactivate (E15, E16). */
public final class SubscriptionsApi {

    private static final String OPEN_ENDED = "9999-12-31T00:00:00Z";

    private final SubscriptionService subscriptions;

    public SubscriptionsApi(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    public void list(Context ctx) {
        SubscriptionService.CustomerSubscriptions listed = subscriptions.list(BearerAuthentication.caller(ctx),
                Ids.customerId(ctx.pathParam("customerId")));
        Json.respond(ctx, 200, CollectionJson.of(listed.subscriptions().stream().map(SubscriptionsApi::json).toList(),
                "/customers/" + listed.customer().id() + "/subscriptions"));
    }

    /** 404 20003 when the customer has no such subscription. */
    public void get(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        String customerId = Ids.customerId(ctx.pathParam("customerId"));
        Json.respond(ctx, 200, json(subscriptions.get(caller, customerId, () -> subscriptionId(ctx))));
    }

    /** E15: the body is the whole Subscription; only its {@code status} is read ({@code suspended} or {@code active}). */
    public void update(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        String customerId = Ids.customerId(ctx.pathParam("customerId"));
        String subscriptionId = subscriptionId(ctx);
        JsonBody body = JsonBody.of(ctx);
        String statusText = body.requiredText("status");
        SubscriptionStatus target = SubscriptionStatus.fromWireName(statusText)
                .filter(s -> s != SubscriptionStatus.DELETED)
                .orElseThrow(() -> Refusal.badInput("The property 'status' must be 'suspended' or 'active'; got '" + statusText + "'."));
        body.optionalText("id").filter(id -> !id.equalsIgnoreCase(subscriptionId)).ifPresent(id -> {
            throw Refusal.badInput("The property 'id' (" + id + ") does not match the subscription in the path (" + subscriptionId + ").");
        });
        Subscription changed = subscriptions.changeStatus(caller, customerId, subscriptionId, target, ctx.header("If-Match"));
        ObjectNode answer = json(changed);
        // the suspend and reactivate pages' answers also link the subscription's entitlement
        ((ObjectNode) answer.get("links")).set("entitlement", Json.link("/customers/" + changed.customerId()
                + "/entitlements?entitlementId=" + changed.entitlementId(), "GET"));
        Json.respond(ctx, 200, answer);
    }

    private static String subscriptionId(Context ctx) {
        return Ids.requireGuid(ctx.pathParam("subscriptionId"), "subscription id");
    }

    /** Reference §7.2's Subscription. */
    static ObjectNode json(Subscription subscription) {
        Offer offer = subscription.offer();
        String self = "/customers/" + subscription.customerId() + "/subscriptions/" + subscription.id();
        ObjectNode json = Json.object().put("id", subscription.id()).put("entitlementId", subscription.entitlementId())
                .put("offerId", offer.id()).put("offerName", offer.name()).put("friendlyName", subscription.friendlyName());
        String productType = offer.productType().documentedId();
        json.putObject("productType").put("id", productType).put("displayName", productType);
        json.put("quantity", subscription.quantity()).put("unitType", offer.unitType())
                .put("creationDate", WireTime.of(subscription.created()))
                .put("effectiveStartDate", WireTime.of(subscription.created()))
                .put("commitmentEndDate", commitmentEnd(subscription.created(), offer.termDuration()))
                .put("status", subscription.status().wireName())
                .put("autoRenewEnabled", false)
                .put("billingType", offer.billingType()).put("billingCycle", offer.billingCycle())
                .put("termDuration", offer.termDuration())
                .put("contractType", "subscription");
        if (subscription.partnerId() == null) {
            json.putNull("partnerId");
        } else {
            json.put("partnerId", subscription.partnerId());
        }
        json.put("orderId", subscription.orderId());
        ObjectNode links = json.putObject("links");
        links.set("offer", Json.link("/offers/" + offer.id(), "GET"));
        links.set("self", Json.link(self, "GET"));
        json.set("attributes", Json.attributes("Subscription").put("etag", subscription.etag()));
        return json;
    }

    /**
     * The last day of the term, at midnight UTC, as documented: a P3Y subscription started 2021-10-15T21:28Z
     * ends 2024-10-14T00:00:00Z.
     */
    static String commitmentEnd(Instant start, String termDuration) {
        try {
            LocalDate lastDay = start.atOffset(ZoneOffset.UTC).toLocalDate().plus(Period.parse(termDuration)).minusDays(1);
            return lastDay.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return OPEN_ENDED; // perpetual: no term
        }
    }
}
