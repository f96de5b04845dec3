package org.partnersandbox.emulator.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.partnersandbox.emulator.domain.SecretBytes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Signs and verifies the emulator's Azure AD-style tokens: RS256 JWTs with a key made at start-up,
 * so a token from another emulator instance, or an edited one, is rejected as forged. The key is made
 * on a thread of its own while the server starts (a 2048-bit key takes about half a second); the first
 * token waits for it.
 */
public final class TokenIssuer {

    private static final String ISSUER_PREFIX = "https://sts.windows.net/";
    private static final Duration REFRESH_LIFETIME = Duration.ofDays(90);

    private record SigningKey(String keyId, RSASSASigner signer, RSASSAVerifier verifier) {
    }

    private final FutureTask<SigningKey> key = new FutureTask<>(TokenIssuer::newKey);
    private final Clock clock;
    private final Duration lifetime;

    public TokenIssuer(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        Thread maker = new Thread(key, "token-signing-key");
        maker.setDaemon(true);
        maker.start();
    }

    private static SigningKey newKey() throws JOSEException {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("emulator-" + UUID.randomUUID()).generate();
        return new SigningKey(rsa.getKeyID(), new RSASSASigner(rsa), new RSASSAVerifier(rsa.toRSAPublicKey()));
    }

    private SigningKey key() {
        try {
            return key.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the token signing key", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create the token signing key", e.getCause());
        }
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** An access token for {@code resource}, valid for {@code validFor} (negative: already expired). */
    public IssuedToken access(AccessClaims claims, String resource, Duration validFor) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder builder = base(claims.tenantId(), resource, now, validFor)
                .claim("appid", claims.appId())
                .claim("idtyp", claims.kind().claim());
        if (claims.kind() == TokenKind.APP_USER) {
            builder.claim("upn", claims.userName()).claim("unique_name", claims.userName())
                    .claim("scp", "user_impersonation").claim("amr", claims.amr());
        }
        JWTClaimsSet set = builder.build();
        String token = sign(set);
        remember(token, set);
        return new IssuedToken(token, now, now.plus(validFor));
    }

    public IssuedToken access(AccessClaims claims, String resource) {
        return access(claims, resource, lifetime);
    }

    /**
     * An OpenID Connect id token for an App+User sign-in (v2 endpoint): the claims MSAL builds its
     * account from ({@code preferred_username}, {@code oid}, {@code tid}); without them MSAL's
     * account has no user name. Audience: the app.
     */
    public IssuedToken idToken(AccessClaims claims, String userObjectId) {
        Instant now = clock.instant();
        JWTClaimsSet set = base(claims.tenantId(), claims.appId(), now, lifetime)
                .issuer("https://login.microsoftonline.com/" + claims.tenantId() + "/v2.0")
                .subject(userObjectId)
                .claim("oid", userObjectId)
                .claim("preferred_username", claims.userName())
                .claim("name", claims.userName())
                .claim("ver", "2.0")
                .build();
        return new IssuedToken(sign(set), now, now.plus(lifetime));
    }

    /**
     * A refresh token: opaque, as Azure AD's are, so that only access and id tokens are signed (an
     * RS256 signature is the token endpoint's main cost). It stands for the sign-in's claims, kept
     * here by the token's SHA-256 so the token itself is not held; a token this instance did not
     * issue is unknown, hence refused.
     */
    public IssuedToken refresh(AccessClaims claims) {
        Instant now = clock.instant();
        String token = "0.A" + Base64.getUrlEncoder().withoutPadding().encodeToString(SecretBytes.of(32));
        Instant expires = now.plus(REFRESH_LIFETIME);
        if (refreshGrants.size() >= REFRESH_KEPT) {
            refreshGrants.values().removeIf(g -> !g.expires().isAfter(now));
        }
        if (refreshGrants.size() >= REFRESH_KEPT) {
            refreshGrants.clear(); // bounded, like Azure AD's own revocations: a client signs in again
        }
        refreshGrants.put(digest(token), new RefreshGrant(claims, expires));
        return new IssuedToken(token, now, expires);
    }

    private record RefreshGrant(AccessClaims claims, Instant expires) {
    }

    private static final int REFRESH_KEPT = 50_000;
    private final java.util.Map<String, RefreshGrant> refreshGrants = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Access tokens already verified, with their expiry: a client sends the same token on every call,
     * and an RS256 check per call was the emulator's largest cost under load (README, "Performance").
     * Only tokens whose signature verified are kept, keyed by the token ({@link Kept}), so nothing forged gets in;
     * expiry is still checked on every call. Bounded: cleared when it grows past {@value #VERIFIED_KEPT}.
     */
    private record Verified(AccessClaims claims, long expiresMillis) {
        Verified(AccessClaims claims, Instant expires) {
            this(claims, expires.toEpochMilli()); // a JWT's exp is whole seconds: nothing is lost
        }

        /** By the clock's milliseconds: its {@code instant()} costs a call into the VM and an object on every call (issue 14). */
        boolean expiredAt(long nowMillis) {
            return expiresMillis <= nowMillis;
        }
    }

    private static final int VERIFIED_KEPT = 20_000;
    private final java.util.Map<Kept, Verified> verifiedAccess = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A token as the key of what is kept: the characters of {@code text} from {@code start} to {@code end}, so
     * that a call's token is looked up where it stands in its Authorization header (a copy of about 1 KB on
     * every call was 5 % of the bytes a create allocated, issue 14). Hashed by its last characters (its
     * signature's), compared whole: a String key hashed the whole token (1 % of the emulator's CPU under POST
     * load). A token is kept as the header that carries it as clients write it ({@value #HEADER}), so that a
     * call's header is compared as one string, which the JVM compares many bytes at a time; a region of it
     * is compared a character at a time (1.6 % of the emulator's CPU under POST load). A header written
     * otherwise (the scheme in another case, spaces) is compared by its region. Only tokens whose signature
     * was checked are kept, so no caller can crowd a bucket.
     */
    private record Kept(String text, int start, int end) {
        private static final int HASHED = 32;
        private static final String HEADER = "Bearer ";

        static Kept of(String token) {
            return new Kept(HEADER + token, HEADER.length(), HEADER.length() + token.length());
        }

        String token() {
            return text.substring(start, end);
        }

        @Override
        public int hashCode() {
            int hash = 0;
            for (int i = Math.max(start, end - HASHED); i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Kept kept && kept.end - kept.start == end - start
                    && (sameWhole(kept) || text.regionMatches(start, kept.text, kept.start, end - start));
        }

        /** Both the whole of their texts, at the same place in texts that are equal. */
        private boolean sameWhole(Kept kept) {
            return start == kept.start && end == text.length() && kept.end == kept.text.length() && text.equals(kept.text);
        }
    }

    public AccessClaims verifyAccess(String token) throws InvalidToken {
        return verifyAccess(token, 0, token.length());
    }

    /** The access token in {@code text} from {@code start} to {@code end}: read in place, copied only to check its signature. */
    public AccessClaims verifyAccess(String text, int start, int end) throws InvalidToken {
        Kept key = new Kept(text, start, end);
        Verified known = verifiedAccess.get(key);
        if (known != null) {
            if (known.expiredAt(clock.millis())) {
                verifiedAccess.remove(key);
                throw new InvalidToken("token expired");
            }
            return known.claims();
        }
        String token = key.token();
        JWTClaimsSet set = verified(token); // its expiry is known to be set and in the future
        AccessClaims claims = claimsOf(set);
        keep(token, new Verified(claims, set.getExpirationTime().toInstant()));
        return claims;
    }

    /** The claims of a token whose signature was checked now, bypassing what is kept (tests). */
    AccessClaims verifySignature(String token) throws InvalidToken {
        return claimsOf(verified(token));
    }

    /**
     * An access token this instance just signed is kept as verified, as its first call would keep it:
     * the same claims, read from the claims set it was signed from, and its expiry in whole seconds, as
     * the token carries it. So a client's first call checks no signature (under the bench's POST load,
     * one RS256 check per new client was 4 % of the emulator's CPU); nothing else can enter this way.
     */
    private void remember(String token, JWTClaimsSet set) {
        Instant expires = set.getExpirationTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        if (claim(set, "tid") != null && expires.isAfter(clock.instant())) {
            keep(token, new Verified(claimsOf(set), expires));
        }
    }

    /** Bounded: when full, the expired go first, then all (a client's next call checks its signature again). */
    private void keep(String token, Verified verified) {
        if (verifiedAccess.size() >= VERIFIED_KEPT) {
            long now = clock.millis(); // read once for the whole sweep, not once per kept token
            verifiedAccess.values().removeIf(kept -> kept.expiredAt(now));
        }
        if (verifiedAccess.size() >= VERIFIED_KEPT) {
            verifiedAccess.clear();
        }
        verifiedAccess.put(Kept.of(token), verified);
    }

    private static AccessClaims claimsOf(JWTClaimsSet set) {
        TokenKind kind = TokenKind.APP_USER.claim().equals(claim(set, "idtyp")) ? TokenKind.APP_USER : TokenKind.APP_ONLY;
        return new AccessClaims(claim(set, "tid"), claim(set, "appid"), kind, claim(set, "upn"), multifactor(set));
    }

    /** The claims of the sign-in a refresh token came from: redeeming it adds no factor. */
    public AccessClaims verifyRefresh(String token) throws InvalidToken {
        String key = digest(token);
        RefreshGrant grant = refreshGrants.get(key);
        if (grant == null) {
            throw new InvalidToken("unknown refresh token");
        }
        if (!grant.expires().isAfter(clock.instant())) {
            refreshGrants.remove(key);
            throw new InvalidToken("token expired");
        }
        return grant.claims();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private JWTClaimsSet verified(String token) throws InvalidToken {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new InvalidToken("malformed token");
        }
        try {
            if (!jwt.verify(key().verifier())) {
                throw new InvalidToken("token signature does not verify");
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            Date expires = set.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(clock.instant())) {
                throw new InvalidToken("token expired");
            }
            if (claim(set, "tid") == null) {
                throw new InvalidToken("token names no tenant");
            }
            return set;
        } catch (JOSEException | ParseException | IllegalStateException e) {
            throw new InvalidToken("token cannot be verified");
        }
    }

    private static JWTClaimsSet.Builder base(String tenantId, String audience, Instant now, Duration validFor) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER_PREFIX + tenantId + "/")
                .audience(audience)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("tid", tenantId);
    }

    private String sign(JWTClaimsSet claims) {
        SigningKey signing = key();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.keyId())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    private static boolean multifactor(JWTClaimsSet set) {
        return set.getClaim("amr") instanceof java.util.List<?> methods && methods.contains("mfa");
    }

    private static String claim(JWTClaimsSet set, String name) {
        Object value = set.getClaim(name);
        return value == null ? null : value.toString();
    }
}
