package org.partnersandbox.emulator.domain;

/** The partner at the other end of an indirect relationship, as a relationships list names it. */
public record PartnerRelationship(String id, String name, RelationshipType type, String mpnId, String location) {
}
