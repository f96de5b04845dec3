package org.partnersandbox.emulator.auth;

import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Mutant;
import org.partnersandbox.emulator.domain.Mutants;
import org.partnersandbox.emulator.domain.PartnerDirectory;
import org.partnersandbox.emulator.domain.Refusal;

/**
 * Turns the {@code Authorization} header of a {@code /v1} request into a {@link Caller}, or refuses
 * with 401. The sandbox-IR pages document 401 code 6002 for an unauthorized token; other pages use
 * 800001 ("partner token missing"). A genuine App+User token from a sign-in without a second factor
 * is refused 401 code 900421 on every route; App-only tokens carry no user and are not affected.
 */
public final class BearerAuthentication {

    private static final String CALLER = "partner-center.caller";
    private static final String BEARER = "Bearer ";
    /** The code Microsoft's MFA-enforcement announcement gives (reference §2.2). */
    public static final int MFA_REQUIRED = 900421;

    private final TokenIssuer tokens;
    private final PartnerDirectory partners;
    private final Mutants mutants;

    public BearerAuthentication(TokenIssuer tokens, PartnerDirectory partners, Mutants mutants) {
        this.tokens = tokens;
        this.partners = partners;
        this.mutants = mutants;
    }

    /** A before-handler: authenticates every matched {@code /v1} request. */
    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        int code = ctx.path().toLowerCase(java.util.Locale.ROOT).contains("sandboxindirectreseller") ? 6002 : 800001;
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized(ctx, code, "The request has no bearer token.");
        }
        AccessClaims claims;
        try {
            claims = tokens.verifyAccess(header.substring(BEARER.length()).trim());
        } catch (InvalidToken e) {
            throw unauthorized(ctx, code, "Unauthorized token: " + e.getMessage() + ".");
        }
        Caller caller = partners.find(claims.tenantId())
                .map(account -> new Caller(account, claims.kind() == TokenKind.APP_ONLY, claims.userName()))
                .orElseThrow(() -> unauthorized(ctx, code, "Unauthorized token: its tenant no longer exists."));
        if (claims.kind() == TokenKind.APP_USER && !claims.multifactor() && !mutants.on(Mutant.MFA_NOT_ENFORCED)) {
            throw unauthorized(ctx, MFA_REQUIRED, "Multi-factor authentication is required: the user's token was issued"
                    + " without a multifactor sign-in (its 'amr' claim has no 'mfa'). Sign in again with MFA.");
        }
        ctx.attribute(CALLER, caller);
    }

    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller for " + ctx.path());
        }
        return caller;
    }

    private static Refusal unauthorized(Context ctx, int code, String description) {
        ctx.header("WWW-Authenticate", "OAuth realm=urn:cpsvc:cpid:partnercenter");
        return new Refusal(401, code, description);
    }
}
