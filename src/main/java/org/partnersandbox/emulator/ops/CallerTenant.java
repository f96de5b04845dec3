package org.partnersandbox.emulator.ops;

import com.nimbusds.jwt.JWTParser;
import io.javalin.http.Context;

import java.text.ParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which partner tenant a call is for, read before authentication so that a fault can be scoped to
 * one tenant: the {@code tid} of the bearer token (not verified: this only chooses which calls a
 * test's fault hits, it grants nothing), or the tenant of a token-endpoint path. Null when neither.
 */
final class CallerTenant {

    private static final Pattern TOKEN_PATH = Pattern.compile("^/([^/]+)/oauth2/.*", Pattern.CASE_INSENSITIVE);

    private CallerTenant() {
    }

    static String of(Context ctx, String normalizedPath) {
        Matcher tokenPath = TOKEN_PATH.matcher(normalizedPath);
        if (tokenPath.matches()) {
            return tokenPath.group(1);
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        try {
            Object tid = JWTParser.parse(authorization.substring(7).trim()).getJWTClaimsSet().getClaim("tid");
            return tid instanceof String tenant ? tenant : null;
        } catch (ParseException | RuntimeException notAToken) {
            return null;
        }
    }
}
