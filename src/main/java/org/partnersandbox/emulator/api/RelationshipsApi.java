package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.domain.AppUserOperation;
import org.partnersandbox.emulator.domain.Caller;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.RelationshipService;
import org.partnersandbox.emulator.domain.RelationshipType;
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

    private final RelationshipService relationships;

    public RelationshipsApi(RelationshipService relationships) {
        this.relationships = relationships;
    }

    public void list(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        String type = ctx.queryParam("relationship_type");
        List<ObjectNode> items = relationships.list(caller, () -> type(type)).stream()
                .map(r -> relationship(r.id(), r.name(), r.type().wireName(), r.mpnId(), r.location())).toList();
        Json.respond(ctx, 200, CollectionJson.of(items, "/relationships?relationship_type="
                + URLEncoder.encode(type, StandardCharsets.UTF_8)));
    }

    /** E9, RR-09: the customer's indirect reseller, for its owner and for that reseller. */
    public void ofCustomer(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        RelationshipService.CustomerReseller found = relationships.resellerOfCustomer(caller,
                () -> Ids.customerId(ctx.pathParam("customerId")));
        List<ObjectNode> items = found.reseller().map(reseller -> {
            ObjectNode item = Json.object().put("id", reseller.accountId()).put("name", reseller.profile().name())
                    .put("relationshipType", "is_indirect_cloud_solution_provider_of").put("mpnId", reseller.mpnId());
            item.set("attributes", Json.attributes("PartnerRelationship"));
            return List.of(item);
        }).orElse(List.of());
        Json.respond(ctx, 200, CollectionJson.of(items, "/customers/" + found.customer().id() + "/relationships"));
    }

    /** E10: a production account's invitation URL; the sandbox refuses (RR-03). */
    public void requestUrl(Context ctx) {
        ObjectNode request = Json.object().put("url", relationships.invitationUrl(BearerAuthentication.caller(ctx)));
        request.set("attributes", Json.attributes("RelationshipRequest"));
        Json.respond(ctx, 200, request);
    }

    /** The documented IsIndirectCloudSolutionProviderOf and IsIndirectResellerOf, in any case and with underscores. */
    private static RelationshipType type(String type) {
        if (type == null || type.isBlank()) {
            throw Refusal.badInput("The query parameter 'relationship_type' is required.");
        }
        return switch (type.replace("_", "").toLowerCase(Locale.ROOT)) {
            case PROVIDER_VIEW -> RelationshipType.INDIRECT_CLOUD_SOLUTION_PROVIDER_OF;
            case RESELLER_VIEW -> RelationshipType.INDIRECT_RESELLER_OF;
            default -> throw Refusal.badInput("The relationship_type '" + type
                    + "' is not supported; use IsIndirectCloudSolutionProviderOf or IsIndirectResellerOf.");
        };
    }

    static ObjectNode relationship(String id, String name, String type, String mpnId, String location) {
        ObjectNode item = Json.object().put("id", id).put("name", name).put("relationshipType", type)
                .put("state", "Active").put("mpnId", mpnId).put("location", location);
        item.set("attributes", Json.attributes("PartnerRelationship"));
        return item;
    }
}
