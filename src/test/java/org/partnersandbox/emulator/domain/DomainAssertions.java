package org.partnersandbox.emulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the domain tests check alike: a refusal's status and code, and a customer's profile. */
final class DomainAssertions {

    private DomainAssertions() {
    }

    /** {@code call} is refused with exactly this status and Partner Center error code. */
    static void refused(Runnable call, int status, int code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.status()).isEqualTo(status);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    /** A complete customer profile for {@code domain}. */
    static CustomerProfile profile(String domain) {
        return new CustomerProfile(domain, "Company " + domain, "ada@example.com", "en-US", "en", null, null,
                new Address("US", null, "Redmond", "WA", "1 Main St", null, "98052", null, null, null), null);
    }
}
