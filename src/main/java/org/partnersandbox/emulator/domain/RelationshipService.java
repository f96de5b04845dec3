package org.partnersandbox.emulator.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Partner Center operations on relationships, each one method with its rules in the documented order:
 * the provider ↔ reseller relationships (IP-03), a customer's indirect reseller (E9, RR-09), and the
 * invitation of a customer (E10), which the sandbox refuses. App+User only, as the pages say.
 */
public final class RelationshipService {

    /** A customer and the indirect reseller it was created for, if it has one that still exists. */
    public record CustomerReseller(Customer customer, Optional<IndirectReseller> reseller) {
    }

    private final Sandbox sandbox;

    public RelationshipService(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * IP-03: the caller's relationships of {@code type} (read after the App+User rule, 403 900329): a
     * provider's sandbox resellers, as far as lists show them yet, or a reseller's provider.
     */
    public List<PartnerRelationship> list(Caller caller, Supplier<RelationshipType> type) {
        sandbox.rules().requireAppUser(AppUserOperation.LIST_RELATIONSHIPS, caller.appOnly());
        return switch (type.get()) {
            case INDIRECT_CLOUD_SOLUTION_PROVIDER_OF -> sandbox.visibility()
                    .listed(sandbox.resellers().ofProvider(caller.tenantId()), IndirectReseller::dateSigned).stream()
                    .map(r -> new PartnerRelationship(r.accountId(), r.profile().name(),
                            RelationshipType.INDIRECT_CLOUD_SOLUTION_PROVIDER_OF, r.mpnId(), r.profile().country()))
                    .toList();
            case INDIRECT_RESELLER_OF -> sandbox.partners().find(caller.tenantId())
                    .map(PartnerAccount::providerTenantId)
                    .flatMap(provider -> sandbox.partners().find(provider))
                    .map(p -> List.of(new PartnerRelationship(p.tenantId(), p.name(), RelationshipType.INDIRECT_RESELLER_OF,
                            p.partnerId(), p.country())))
                    .orElse(List.of());
        };
    }

    /**
     * E9, RR-09: the indirect reseller of a customer, for its owner and for that reseller; App+User only
     * (403 900329), checked before the {@code customerId} is read.
     */
    public CustomerReseller resellerOfCustomer(Caller caller, Supplier<String> customerId) {
        sandbox.rules().requireAppUser(AppUserOperation.READ_CUSTOMER_RELATIONSHIPS, caller.appOnly());
        Customer customer = sandbox.customers().readableBy(caller.account(), customerId.get());
        return new CustomerReseller(customer, sandbox.customers().resellerOf(customer));
    }

    /**
     * E10, RR-03, RR-05, RR-07, RR-10, IP-06: sandbox accounts cannot invite customers (400 900127, checked
     * first so that either token kind hears it), then App+User only; a production account gets the URL its
     * customers accept the invitation at.
     */
    public String invitationUrl(Caller caller) {
        sandbox.rules().requireRelationshipRequestsSupported(caller.account());
        sandbox.rules().requireAppUser(AppUserOperation.REQUEST_RELATIONSHIP_URL, caller.appOnly());
        return "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship"
                + "&partnerId=" + caller.tenantId() + "&msppId=0&DAP=false#/BillingAccounts/partner-invitation";
    }
}
