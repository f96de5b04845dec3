package org.partnersandbox.suite.client;

/**
 * Where bearer tokens come from. The emulator target posts forms to the emulator's token endpoint
 * ({@link FormPostTokenProvider}); the live target will sign in through msal4j, as one more
 * implementation of this interface. Implementations cache and are safe to share across scenarios.
 */
public interface TokenProvider {

    /** An access token of {@code kind} for {@code account}; fails with a clear, masked message. */
    Secret bearerToken(PartnerAccount account, TokenKind kind);
}
