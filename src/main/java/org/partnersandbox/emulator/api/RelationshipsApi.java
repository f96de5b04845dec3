package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.auth.Caller;
import org.partnersandbox.emulator.domain.IndirectReseller;
import org.partnersandbox.emulator.domain.PartnerAccount;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.Sandbox;
import org.partnersandbox.emulator.http.CollectionJson;
import org.partnersandbox.emulator.http.Json;

import java.util.List;
import java.util.Locale;

/**
 * {@code GET /v1/relationships?relationship_type=...}: a provider's indirect resellers
 * ({@code IsIndirectCloudSolutionProviderOf}) or a reseller's providers ({@code IsIndirectResellerOf}).
 * App+User only, as the page says.
 */
public final class RelationshipsApi {

    private static final String PROVIDER_VIEW = "isindirectcloudsolutionproviderof";
    private static final String RESELLER_VIEW = "isindirectresellerof";

    private final Sandbox sandbox;

    public RelationshipsApi(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public void list(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx).requireAppUser();
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
        Json.respond(ctx, 200, CollectionJson.of(items, "/v1/relationships?relationship_type=" + type));
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
