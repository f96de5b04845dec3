package org.partnersandbox.emulator.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A customer search (E1, E2): a field and a prefix. Partner Center supports only {@code starts_with}
 * for customers, and matches case-insensitively.
 */
public record CustomerFilter(Field field, String prefix) implements Predicate<Customer> {

    /** The searchable fields, as the SDK's CustomerSearchField names them. */
    public enum Field {
        COMPANY_NAME("CompanyName"), DOMAIN("Domain"), INDIRECT_RESELLER("IndirectReseller");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<Field> fromWireName(String name) {
            return Arrays.stream(values()).filter(f -> f.wireName.equalsIgnoreCase(name)).findFirst();
        }
    }

    public static final Predicate<Customer> ANY = c -> true;

    @Override
    public boolean test(Customer customer) {
        String value = switch (field) {
            case COMPANY_NAME -> customer.profile().companyName();
            case DOMAIN -> customer.profile().domain();
            case INDIRECT_RESELLER -> customer.associatedPartnerId();
        };
        return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }
}
