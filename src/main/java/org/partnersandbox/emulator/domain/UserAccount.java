package org.partnersandbox.emulator.domain;

/**
 * A user of a partner tenant, for App+User tokens. {@code multifactor}: whether the user's sign-in
 * includes a second factor, which Partner Center requires of every App+User call. The
 * emulator's password grant stands for a completed interactive sign-in (docs/emulator.md).
 */
public record UserAccount(String userName, String password, String objectId, boolean multifactor) {
}
