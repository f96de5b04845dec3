package org.partnersandbox.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.domain.Caller;
import org.partnersandbox.emulator.domain.IndirectReseller;
import org.partnersandbox.emulator.domain.IndirectResellerService;
import org.partnersandbox.emulator.domain.NewIndirectReseller;
import org.partnersandbox.emulator.domain.PartnerAccount;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.SandboxResellerProfile;
import org.partnersandbox.emulator.http.IdempotentReplay;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.JsonBody;
import org.partnersandbox.emulator.http.RequestIds;
import org.partnersandbox.emulator.http.WireTime;

import java.util.regex.Pattern;

/** {@code POST /v1/sandboxIndirectReseller} and {@code DELETE /v1/sandboxIndirectReseller/{resellerId}}. */
public final class IndirectResellersApi {

    private static final Pattern DOMAIN_PREFIX = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final IndirectResellerService resellers;
    private final IdempotentReplay replay;

    public IndirectResellersApi(IndirectResellerService resellers, IdempotentReplay replay) {
        this.resellers = resellers;
        this.replay = replay;
    }

    public void create(Context ctx) {
        Caller caller = BearerAuthentication.caller(ctx);
        IdempotentReplay.Answer answer = resellers.create(caller, () -> request(ctx), create -> replay.createOnce(caller.tenantId(), ctx, () -> {
            IndirectReseller reseller = create.get();
            return IdempotentReplay.Answer.of(201, json(reseller, caller.account()), () -> resellers.exists(reseller.accountId()));
        }));
        answer.respond(ctx);
    }

    public void delete(Context ctx) {
        resellers.delete(BearerAuthentication.caller(ctx), () -> {
            RequestIds.requireBoth(ctx);
            return Ids.requireGuid(ctx.pathParam("resellerId"), "resellerId");
        });
        ctx.status(204);
    }

    /** Read once the caller is admitted: a caller who may not create hears that before any 400 about its request. */
    private static NewIndirectReseller request(Context ctx) {
        RequestIds.requireBoth(ctx);
        JsonBody body = JsonBody.of(ctx);
        String mpnId = body.requiredTextOf("mpnId", "partnerId");
        return new NewIndirectReseller(mpnId, profile(body));
    }

    /** IR-13: every property the page lists as required, each refused by name when missing. */
    private static SandboxResellerProfile profile(JsonBody body) {
        JsonBody tenant = body.requiredObject("tenant");
        JsonBody legal = body.requiredObject("legalBusinessProfile");
        JsonBody address = legal.requiredObject("address");
        JsonBody contact = legal.requiredObject("primaryContact");
        String domainPrefix = tenant.requiredText("domainPrefix");
        if (!DOMAIN_PREFIX.matcher(domainPrefix).matches()) {
            throw Refusal.badInput("The property 'tenant.domainPrefix' must be 1 to 64 letters and digits.");
        }
        String country = tenant.requiredText("country");
        if (!COUNTRY.matcher(country).matches()) {
            throw Refusal.badInput("The property 'tenant.country' must be a two-letter country code.");
        }
        for (String field : new String[]{"country", "city", "addressLine1", "postalCode"}) {
            address.requiredText(field);
        }
        for (String field : new String[]{"firstName", "lastName", "phoneNumber"}) {
            contact.requiredText(field);
        }
        contact.text("email");
        legal.requiredText("culture");
        JsonNode language = body.find("organizationProfileLanguage")
                .orElseThrow(() -> Refusal.badInput("The property 'organizationProfileLanguage' is required."));
        return new SandboxResellerProfile(domainPrefix,
                tenant.requiredText("name"), tenant.requiredText("displayName"),
                tenant.requiredText("adminUserName"), tenant.requiredText("adminFirstName"),
                tenant.requiredText("adminLastName"), tenant.text("adminAlternateEmail"),
                country.toUpperCase(java.util.Locale.ROOT), tenant.requiredText("culture"),
                legal.requiredText("companyName"),
                language.isTextual() ? language.textValue() : language.toString());
    }

    /** The Sandbox IR resource of seed 003 (reference §7.6). */
    static ObjectNode json(IndirectReseller reseller, PartnerAccount provider) {
        ObjectNode ir = Json.object().put("accountId", reseller.accountId()).put("mpnId", reseller.mpnId());
        ir.putObject("tenant").put("id", reseller.accountId())
                .put("adminUserAccount", reseller.adminUserAccount())
                .put("password", reseller.adminPassword());
        ObjectNode agreement = ir.putObject("agreementSignature")
                .put("id", reseller.agreementSignatureId())
                .put("accountId", reseller.accountId())
                .put("agreementId", reseller.agreementId())
                .put("agreementType", "ValueAddedReseller")
                .put("dateSigned", WireTime.of(reseller.dateSigned()))
                .put("signedByFirstName", reseller.profile().adminFirstName())
                .put("signedByUserPrincipalName", provider.user().userName())
                .put("signedByUserObjectId", reseller.signedByUserObjectId())
                .put("signedByUserTenantId", provider.tenantId());
        agreement.set("attributes", Json.attributes("AgreementSignatureResponse"));
        ObjectNode relationship = ir.putObject("partnerRelationship")
                .put("id", provider.tenantId())
                .put("name", provider.name())
                .put("relationshipType", "is_indirect_reseller_of")
                .put("state", "Active")
                .put("mpnId", reseller.mpnId());
        relationship.set("attributes", Json.attributes("PartnerRelationshipResponse"));
        return ir;
    }
}
