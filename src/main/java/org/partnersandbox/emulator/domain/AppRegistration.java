package org.partnersandbox.emulator.domain;

/** An Azure AD app registered in a partner tenant: what App-only and App+User tokens are issued to. */
public record AppRegistration(String clientId, String clientSecret) {
}
