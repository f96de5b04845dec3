package org.partnersandbox.suite.client;

import java.util.Map;

/**
 * Sandbox indirect resellers of the calling indirect provider: create and delete (seeds 003 and
 * 002), and the provider's relationships with its indirect resellers.
 */
public final class IndirectResellers {

    /** Single slash: the pages print {@code /v1//sandboxIndirectReseller} (IR-29), the examples do not. */
    static final String SANDBOX_RESELLERS = "/v1/sandboxIndirectReseller";
    /** The path exactly as both pages print it. */
    static final String SANDBOX_RESELLERS_AS_PRINTED = "/v1//sandboxIndirectReseller";
    static final String RELATIONSHIPS = "/v1/relationships";
    static final String INDIRECT_RESELLERS_OF_PROVIDER = "IsIndirectCloudSolutionProviderOf";

    private final PartnerCenterApi api;

    IndirectResellers(PartnerCenterApi api) {
        this.api = api;
    }

    public ApiResponse create(SandboxResellerRequest request) {
        return create(request, CallIds.fresh());
    }

    public ApiResponse create(SandboxResellerRequest request, CallIds ids) {
        return api.send("POST", SANDBOX_RESELLERS, Map.of(), request.body(), ids);
    }

    /** {@code resellerId} is the reseller's {@code accountId} (its tenant id). */
    public ApiResponse delete(String resellerId) {
        return delete(resellerId, CallIds.fresh());
    }

    public ApiResponse delete(String resellerId, CallIds ids) {
        return api.send("DELETE", SANDBOX_RESELLERS + "/" + resellerId, Map.of(), null, ids);
    }

    /** IR-29: the create sent to the path as the page prints it, double slash included. */
    public ApiResponse createAtPrintedPath(SandboxResellerRequest request) {
        return api.send(Call.of("POST", SANDBOX_RESELLERS_AS_PRINTED).body(request.body()).pathAsGiven());
    }

    /** IR-29: the delete sent to the path as the page prints it, double slash included. */
    public ApiResponse deleteAtPrintedPath(String resellerId) {
        return api.send(Call.of("DELETE", SANDBOX_RESELLERS_AS_PRINTED + "/" + resellerId).pathAsGiven());
    }

    /** The provider's relationships with its indirect resellers (a Collection of PartnerRelationship). */
    public ApiResponse relationships() {
        return api.send("GET", RELATIONSHIPS, Map.of("relationship_type", INDIRECT_RESELLERS_OF_PROVIDER), null,
                CallIds.fresh());
    }
}
