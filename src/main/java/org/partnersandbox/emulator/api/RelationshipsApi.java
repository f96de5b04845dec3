package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.domain.Caller;
import org.partnersandbox.emulator.domain.AppUserOperation;
import org.partnersandbox.emulator.domain.Customer;
import org.partnersandbox.emulator.domain.IndirectReseller;
import org.partnersandbox.emulator.domain.PartnerAccount;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.Sandbox;
import org.partnersandbox.emulator.http.CollectionJson;
import org.partnersandbox.emulator.http.Json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /v1/relationships?relationship_type=...}: a provider's indirect resellers
 * ({@code IsIndirectCloudSolutionProviderOf}) or a reseller's providers ({@code IsIndirectResellerOf});
 * {@code GET /v1/customers/{id}/relationships}: the indirect reseller of a customer (E9);
 * {@code GET /v1/customers/relationshiprequests}: the invitation URL (E10), refused in the sandbox.
 * App+User only, as the pages say ({@link AppUserOperation}).
 */
public final class RelationshipsApi {

    private static final String PROVIDER_VIEW = "isindirectcloudsolutionproviderof";
    private static final String RESELLER_VIEW = "isindirectresellerof";

    private final Sandbox sandbox;

    public RelationshipsApi(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public void list(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        sandbox.rules().requireAppUser(AppUserOperation.LIST_RELATIONSHIPS, caller.appOnly());
        String type = ctx.queryParam("relationship_type");
        if (type == null || type.isBlank()) {
            throw Refusal.badInput("The query parameter 'relationship_type' is required.");
        }
        String normalized = type.replace("_", "").toLowerCase(Locale.ROOT);
        List<ObjectNode> items = switch (normalized) {
            case PROVIDER_VIEW -> sandbox.visibility()
                    .listed(sandbox.resellers().ofProvider(caller.tenantId()), IndirectReseller::dateSigned).stream()
                    .map(RelationshipsApi::resellerItem).toList();
            case RESELLER_VIEW -> sandbox.partners().find(caller.tenantId())
                    .map(PartnerAccount::providerTenantId)
                    .flatMap(provider -> sandbox.partners().find(provider))
                    .map(provider -> List.of(providerItem(provider))).orElse(List.of());
            default -> throw Refusal.badInput("The relationship_type '" + type
                    + "' is not supported; use IsIndirectCloudSolutionProviderOf or IsIndirectResellerOf.");
        };
        Json.respond(ctx, 200, CollectionJson.of(items, "/relationships?relationship_type="
                + URLEncoder.encode(type, StandardCharsets.UTF_8)));
    }

    /** E9, RR-09: the customer's indirect reseller, for its owner and for that reseller. */
    public void ofCustomer(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        sandbox.rules().requireAppUser(AppUserOperation.READ_CUSTOMER_RELATIONSHIPS, caller.appOnly());
        Customer customer = sandbox.customers().readableBy(caller.account(), Ids.customerId(ctx.pathParam("customerId")));
        List<ObjectNode> items = sandbox.customers().resellerOf(customer).map(reseller -> {
            ObjectNode item = Json.object().put("id", reseller.accountId()).put("name", reseller.profile().name())
                    .put("relationshipType", "is_indirect_cloud_solution_provider_of").put("mpnId", reseller.mpnId());
            item.set("attributes", Json.attributes("PartnerRelationship"));
            return List.of(item);
        }).orElse(List.of());
        Json.respond(ctx, 200, CollectionJson.of(items, "/customers/" + customer.id() + "/relationships"));
    }

    /**
     * E10, RR-03, RR-05, RR-07, RR-10, IP-06: sandbox accounts cannot invite customers (400 900127, checked
     * first so that either token kind hears it); a production account gets its invitation URL.
     */
    public void requestUrl(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        sandbox.rules().requireRelationshipRequestsSupported(caller.account());
        sandbox.rules().requireAppUser(AppUserOperation.REQUEST_RELATIONSHIP_URL, caller.appOnly());
        ObjectNode request = Json.object().put("url", "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship"
                + "&partnerId=" + caller.tenantId() + "&msppId=0&DAP=false#/BillingAccounts/partner-invitation");
        request.set("attributes", Json.attributes("RelationshipRequest"));
        Json.respond(ctx, 200, request);
    }

    /** IP-03: the provider's view of one of its sandbox resellers. */
    static ObjectNode resellerItem(IndirectReseller reseller) {
        return relationship(reseller.accountId(), reseller.profile().name(), "is_indirect_cloud_solution_provider_of",
                reseller.mpnId(), reseller.profile().country());
    }

    private static ObjectNode providerItem(PartnerAccount provider) {
        return relationship(provider.tenantId(), provider.name(), "is_indirect_reseller_of",
                provider.partnerId(), provider.country());
    }

    static ObjectNode relationship(String id, String name, String type, String mpnId, String location) {
        ObjectNode item = Json.object().put("id", id).put("name", name).put("relationshipType", type)
                .put("state", "Active").put("mpnId", mpnId).put("location", location);
        item.set("attributes", Json.attributes("PartnerRelationship"));
        return item;
    }
}
