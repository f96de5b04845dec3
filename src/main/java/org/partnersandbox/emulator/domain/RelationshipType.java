package org.partnersandbox.emulator.domain;

/** Which side of the indirect provider ↔ indirect reseller relationship a list is asked from (IP-03). */
public enum RelationshipType {
    /** The provider's view: its sandbox indirect resellers. */
    INDIRECT_CLOUD_SOLUTION_PROVIDER_OF("is_indirect_cloud_solution_provider_of"),
    /** The reseller's view: its indirect provider. */
    INDIRECT_RESELLER_OF("is_indirect_reseller_of");

    private final String wireName;

    RelationshipType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
