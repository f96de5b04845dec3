package org.partnersandbox.emulator.domain;

/**
 * The operations whose pages say "App+User only": the one list of them. An App-only token is refused
 * with 403 900329 ({@link SandboxRules#requireAppUser}). Every operation not listed here accepts both
 * token kinds (RR-01: list and delete customers; plain customer creates and orders; subscriptions).
 */
public enum AppUserOperation {
    /** IR-14: create a sandbox indirect reseller. */
    CREATE_INDIRECT_RESELLER,
    /** IR-27: delete a sandbox indirect reseller. */
    DELETE_INDIRECT_RESELLER,
    /** IP-03: list a provider's indirect resellers or a reseller's providers ({@code GET /v1/relationships}). */
    LIST_RELATIONSHIPS,
    /** E9, RR-09: the indirect reseller of a customer. */
    READ_CUSTOMER_RELATIONSHIPS,
    /** E10: the relationship-request (invitation) URL; the sandbox refusal (900127) is checked first. */
    REQUEST_RELATIONSHIP_URL,
    /** IP-05: create a customer for an indirect reseller ({@code associatedPartnerId} set). */
    CREATE_CUSTOMER_FOR_INDIRECT_RESELLER,
    /** IP-07: order for an indirect reseller's customer ({@code partnerIdOnRecord} on a line). */
    ORDER_WITH_PARTNER_OF_RECORD
}
