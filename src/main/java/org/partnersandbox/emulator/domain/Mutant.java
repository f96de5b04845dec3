package org.partnersandbox.emulator.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One sandbox rule broken on purpose, to show that the suite notices (docs/mutants.md). Off unless
 * switched on through the admin API ({@code PUT /_emulator/mutant}); at most one at a time.
 * {@code capabilities}: those whose scenarios must then fail, each of them.
 */
public enum Mutant {
    RESELLER_QUOTA_OFF("IR-01", "a sixth sandbox indirect reseller is created"),
    CUSTOMER_QUOTA_OFF("IR-04", "a 76th customer is created"),
    CREATE_NOT_REPLAYED("IR-11", "a create repeated with the same request id is handled again instead of replayed"),
    REPEATED_DELETE_NOT_FOUND("IR-21", "deleting a deleted reseller again answers 404"),
    CUSTOMER_DELETE_IGNORES_SUBSCRIPTIONS("IR-23", "a reseller's customer is deleted while its subscriptions are active"),
    RESELLER_DELETE_IGNORES_CUSTOMERS("IR-24", "a reseller that still has customers is deleted"),
    DELETED_RESELLER_KEEPS_SLOT("IR-25", "a deleted reseller still counts against the provider's five"),
    PARTNER_ID_REGION_UNCHECKED("IR-03", "a reseller is created in a country outside its PartnerID's region"),
    PRODUCTION_PARTNER_ID_ACCEPTED("IP-09", "a production PartnerID creates a sandbox reseller"),
    PARTNER_OF_RECORD_UNCHECKED("IP-07", "any PartnerID is accepted as partner of record"),
    INVITATIONS_ALLOWED(List.of("RR-03", "RR-05", "RR-07", "RR-10", "IP-06", "RR-15"), "a sandbox partner gets an invitation URL"),
    RESELLER_ADDS_CUSTOMERS("RR-11", "an indirect reseller creates a customer"),
    CUSTOMER_WITHOUT_RESELLER_RELATIONSHIP("RR-02", "a created customer has no reseller relationship with its partner"),
    CUSTOMER_WITHOUT_DELEGATED_ACCESS("IR-06", "a reseller's customer does not allow it delegated admin access"),
    CUSTOMER_DELETE_KEEPS_CUSTOMER("RR-12", "a customer delete answers 204 and deletes nothing"),
    CUSTOMER_DELETE_ANSWERS_WITH_BODY("RR-13", "a customer delete answers 200 with the customer instead of 204 and no body"),
    PURCHASE_ORDERS_IGNORED("RR-14", "a customer with an open reserved-instance or software order is deleted"),
    REQUEST_ID_NOT_ECHOED("X-01", "answers carry a request id of their own instead of the caller's"),
    NEXT_LINK_MISSING("X-02", "a page of a longer list has no link to the next page"),
    MFA_NOT_ENFORCED("X-05", "an App+User call from a sign-in without a second factor is served");

    private final List<String> capabilities;
    private final String effect;

    Mutant(String capability, String effect) {
        this(List.of(capability), effect);
    }

    Mutant(List<String> capabilities, String effect) {
        this.capabilities = capabilities;
        this.effect = effect;
    }

    /** The capabilities that must each fail while this mutant is on. */
    public List<String> capabilities() {
        return capabilities;
    }

    /** What the broken emulator does, in a sentence. */
    public String effect() {
        return effect;
    }

    /** "reseller-quota-off": the name the admin API takes. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Mutant> byWireName(String name) {
        return Arrays.stream(values()).filter(mutant -> mutant.wireName().equals(name)).findFirst();
    }

    public static List<Mutant> all() {
        return List.of(values());
    }
}
