package org.partnersandbox.emulator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Partner Center operations on customers (E1..E6, X-02, IR-04..IR-06, RR-11..RR-14, IP-05), each
 * one method: its rules in the documented order, under the lock it needs. A customer is the business
 * of its owner only, so every write takes that partner's lock ({@link Sandbox#atomicallyFor}), not the
 * whole sandbox's.
 */
public final class CustomerService {

    private final Sandbox sandbox;
    private final CustomerRegistry customers;

    public CustomerService(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.customers = sandbox.customers();
    }

    /**
     * E3/E4, IP-05: a customer of the caller's own, or with {@code associatedPartnerId} one for its indirect
     * reseller, which only a signed-in user may create (403 900329); then the registry's rules (RR-11,
     * IR-02, IR-04, 409 1003). Made at most {@code once} per request, under the caller's lock.
     */
    public <A> A create(Caller caller, CustomerProfile profile, String associatedPartnerId, AtMostOnce<Customer, A> once) {
        if (associatedPartnerId != null) {
            sandbox.rules().requireAppUser(AppUserOperation.CREATE_CUSTOMER_FOR_INDIRECT_RESELLER, caller.appOnly());
        }
        return sandbox.atomicallyFor(caller.tenantId(),
                () -> once.create(() -> customers.create(caller.account(), profile, associatedPartnerId)));
    }

    /**
     * {@code count} customers of {@code owner}'s own at once, as {@code count} creates would make them: the
     * quota refuses (800018) the first one too many, and those made before it stay. The emulator's own
     * seeding, for a scenario that needs many customers before its Partner Center calls.
     */
    public List<Customer> seed(PartnerAccount owner, int count) {
        return sandbox.atomicallyFor(owner.tenantId(), () -> {
            List<Customer> made = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                made.add(customers.create(owner, seededProfile(owner, i), null));
            }
            return made;
        });
    }

    /**
     * E1/E2, X-02: the customers the caller sees (IR-05: an indirect reseller's are those created for it),
     * matching {@code filter}, after position {@code afterSequence} (0: from the first), oldest first, as
     * far as lists show them yet ({@link Visibility}).
     */
    public List<Customer> list(Caller caller, Predicate<Customer> filter, long afterSequence) {
        return sandbox.visibility().listed(
                customers.visibleTo(caller.account(), filter.and(c -> c.sequence() > afterSequence)), Customer::created);
    }

    /** E5, IR-06: for its owner or its indirect reseller; 403 20002 for anyone else, 404 60003 when there is none. */
    public Customer get(Caller caller, String customerId) {
        return customers.readableBy(caller.account(), customerId);
    }

    /**
     * E6, RR-12..RR-14, IR-23: the sandbox's way of removing the reseller relationship, App-only and
     * App+User alike (RR-01); the registry's rules in order. Under the owner's lock, which also covers
     * forgetting what was remembered about the customer (its create answer with the admin password, its
     * orders' answers).
     */
    public void delete(Caller caller, String customerId) {
        sandbox.atomicallyFor(caller.tenantId(), () -> {
            customers.delete(caller.account(), customerId);
            sandbox.resourceDeleted();
            return null;
        });
    }

    public boolean exists(String customerId) {
        return customers.find(customerId).isPresent();
    }

    private static CustomerProfile seededProfile(PartnerAccount owner, int number) {
        String name = "seed" + Guids.fresh().replace("-", "").substring(0, 12);
        return new CustomerProfile(name + ".onmicrosoft.com", "Seeded customer " + number, "admin@" + name + ".example.com",
                "en-US", "en", null, null,
                new Address(owner.country(), null, "Redmond", "WA", "1 Microsoft Way", null, "98052", null, null, null), null);
    }
}
