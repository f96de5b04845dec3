package org.partnersandbox.emulator.auth;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnersandbox.emulator.domain.Caller;
import org.partnersandbox.emulator.domain.Mutant;
import org.partnersandbox.emulator.domain.Mutants;
import org.partnersandbox.emulator.domain.PartnerDirectory;
import org.partnersandbox.emulator.domain.Refusal;

/**
 * Turns the {@code Authorization} header of a {@code /v1} request into a {@link Caller}, or refuses
 * with 401. The sandbox-IR pages document 401 code 6002 for an unauthorized token; other pages use
 * 800001 ("partner token missing"): which routes are the sandbox-IR ones, the route table says. A genuine App+User token from a sign-in without a second factor
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
    /** The route templates, in lower case, whose pages document 6002 rather than 800001. */
    private final Set<String> routesRefusingWith6002;

    /** @param routesRefusingWith6002 the route templates (as the route table declares them) whose pages document 6002 */
    public BearerAuthentication(TokenIssuer tokens, PartnerDirectory partners, Mutants mutants, Set<String> routesRefusingWith6002) {
        this.tokens = tokens;
        this.partners = partners;
        this.mutants = mutants;
        this.routesRefusingWith6002 = routesRefusingWith6002.stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** A before-handler: authenticates every matched {@code /v1} request. */
    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized(ctx, unauthorizedCode(ctx), "The request has no bearer token.");
        }
        AccessClaims claims;
        try {
            // the token trimmed as String.trim would, read where it stands in the header
            int start = BEARER.length();
            int end = header.length();
            while (start < end && header.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && header.charAt(end - 1) <= ' ') {
                end--;
            }
            claims = tokens.verifyAccess(header, start, end);
        } catch (InvalidToken e) {
            throw unauthorized(ctx, unauthorizedCode(ctx), "Unauthorized token: " + e.getMessage() + ".");
        }
        Caller caller = partners.find(claims.tenantId())
                .map(account -> new Caller(account, claims.kind() == TokenKind.APP_ONLY, claims.userName()))
                .orElseThrow(() -> unauthorized(ctx, unauthorizedCode(ctx), "Unauthorized token: its tenant no longer exists."));
        if (claims.kind() == TokenKind.APP_USER && !claims.multifactor() && !mutants.on(Mutant.MFA_NOT_ENFORCED)) {
            throw unauthorized(ctx, MFA_REQUIRED, "Multi-factor authentication is required: the user's token was issued"
                    + " without a multifactor sign-in (its 'amr' claim has no 'mfa'). Sign in again with MFA.");
        }
        ctx.attribute(CALLER, caller);
    }

    /**
     * The code of a 401 on the route this request matched (a before-matched handler runs only when one did):
     * asked only for a refusal, as almost no call needs it (lower-casing and looking up the route on every call
     * was 0.1 % of the CPU under POST load).
     */
    private int unauthorizedCode(Context ctx) {
        String route = ctx.endpoints().matchedHttpEndpoint().path.toLowerCase(Locale.ROOT);
        return routesRefusingWith6002.contains(route) ? 6002 : 800001;
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
