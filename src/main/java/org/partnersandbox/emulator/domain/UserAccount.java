package org.partnersandbox.emulator.domain;

/** A user of a partner tenant, for App+User tokens. */
public record UserAccount(String userName, String password, String objectId) {
}
