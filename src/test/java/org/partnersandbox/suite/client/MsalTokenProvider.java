package org.partnersandbox.suite.client;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.partnersandbox.suite.config.SuiteConfig;
import org.partnersandbox.suite.config.Urls;
import org.partnersandbox.suite.live.LiveCredentials;
import org.partnersandbox.suite.live.RoleCredentials;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * Tokens for the live target through msal4j: App-only with the client-credentials flow (client
 * secret or certificate), App+User by redeeming the role's refresh token (Secure Application
 * Model). A token is kept per role and kind until shortly before it expires.
 *
 * <p>With {@code localTrust} (only when {@code live.trustCertificate} is set: an emulator acting as
 * the remote sandbox), msal4j trusts that certificate alone, does no instance discovery, and is
 * given the discovery answer for the local host and port, without which its cache and silent
 * refresh drop the port (shared/reference/msal-local.md, "Cache").
 */
public final class MsalTokenProvider implements TokenProvider {

    static final Duration RENEWAL_MARGIN = Duration.ofMinutes(5);
    private static final Pattern AADSTS = Pattern.compile("AADSTS\\d+");

    private record CachedToken(Secret token, Instant renewAt) {
    }

    private record Key(PartnerRole role, TokenKind kind) {
    }

    private final String authority;
    private final String resource;
    private final LiveCredentials credentials;
    private final Optional<SSLContext> localTrust;
    private final HttpSettings http;
    private final Clock clock = Clock.systemUTC();
    private final Map<PartnerRole, ConfidentialClientApplication> apps = new ConcurrentHashMap<>();
    private final Map<Key, CachedToken> tokens = new ConcurrentHashMap<>();

    public MsalTokenProvider(String authority, String resource, LiveCredentials credentials,
                             Optional<SSLContext> localTrust, HttpSettings http) {
        this.authority = Urls.withoutTrailingSlashes(authority);
        this.resource = Urls.withoutTrailingSlashes(resource);
        this.credentials = credentials;
        this.localTrust = localTrust;
        this.http = http;
    }

    @Override
    public Secret bearerToken(PartnerAccount account, TokenKind kind) {
        RoleCredentials role;
        try {
            role = credentials.forToken(account.role(), kind);
        } catch (LiveCredentials.MissingCredentials missing) {
            throw NotRun.because(missing.getMessage());
        }
        return tokens.compute(new Key(account.role(), kind), (key, cached) ->
                cached != null && clock.instant().isBefore(cached.renewAt()) ? cached : acquire(role, kind)).token();
    }

    private CachedToken acquire(RoleCredentials role, TokenKind kind) {
        ConfidentialClientApplication app = apps.computeIfAbsent(role.role(), r -> application(role));
        IAuthenticationResult result;
        try {
            if (kind == TokenKind.APP_ONLY) {
                result = app.acquireToken(ClientCredentialParameters.builder(Set.of(resource + "/.default")).build()).get();
            } else {
                result = app.acquireToken(RefreshTokenParameters.builder(
                        Set.of(resource + "/user_impersonation"), role.refreshToken().orElseThrow().reveal()).build()).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInRefused(role.role().key() + ": interrupted while signing in");
        } catch (ExecutionException | CompletionException e) {
            throw refused(role, kind, e.getCause() == null ? e : e.getCause());
        }
        if (result == null || result.accessToken() == null || result.accessToken().isBlank()) {
            // msal4j accepts a 200 without access_token (msal-local.md, pitfall 4)
            throw new SignInRefused(role.role().key() + ": Azure AD answered the " + kind + " sign-in without an access token");
        }
        Instant expires = result.expiresOnDate().toInstant();
        Duration lifetime = Duration.between(clock.instant(), expires);
        Duration margin = lifetime.compareTo(RENEWAL_MARGIN.multipliedBy(2)) > 0 ? RENEWAL_MARGIN : lifetime.dividedBy(2);
        return new CachedToken(Secret.of(result.accessToken()), expires.minus(margin));
    }

    /** One line: role, kind, AAD error code; the AAD description can quote the request, so only its AADSTS code. */
    private SignInRefused refused(RoleCredentials role, TokenKind kind, Throwable cause) {
        String code;
        if (cause instanceof MsalServiceException service) {
            code = service.errorCode();
        } else if (cause instanceof com.microsoft.aad.msal4j.MsalException msal) {
            code = msal.errorCode() + " " + SecretMask.text(String.valueOf(msal.getMessage())).lines().findFirst().orElse("");
        } else {
            code = cause.getClass().getSimpleName();
        }
        Matcher aadsts = AADSTS.matcher(String.valueOf(cause.getMessage()));
        String detail = aadsts.find() ? ", " + aadsts.group() : "";
        String suspect = "invalid_grant".equals(code) ? "refreshToken"
                : role.clientSecret().isPresent() ? "clientSecret" : "certificatePath";
        return new SignInRefused(role.role().key() + ": Azure AD refused the " + kind + " sign-in at " + authority
                + " (" + code + detail + "); check " + SuiteConfig.environmentName(LiveCredentials.key(role.role(), suspect))
                + " and " + SuiteConfig.environmentName(LiveCredentials.key(role.role(), "clientId")));
    }

    private ConfidentialClientApplication application(RoleCredentials role) {
        String tenantAuthority = authority + "/" + role.tenantId() + "/";
        try {
            ConfidentialClientApplication.Builder builder = ConfidentialClientApplication
                    .builder(role.clientId(), credential(role))
                    .authority(tenantAuthority)
                    .connectTimeoutForDefaultHttpClient((int) http.connectTimeout().toMillis())
                    .readTimeoutForDefaultHttpClient((int) http.readTimeout().toMillis());
            if (localTrust.isPresent()) {
                URI uri = URI.create(tenantAuthority);
                String hostPort = uri.getHost() + ":" + uri.getPort();
                String discovery = "{\"tenant_discovery_endpoint\":\"" + tenantAuthority
                        + "v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{"
                        + "\"preferred_network\":\"" + uri.getHost() + "\",\"preferred_cache\":\"" + hostPort + "\","
                        + "\"aliases\":[\"" + uri.getHost() + "\",\"" + hostPort + "\"]}]}";
                builder.instanceDiscovery(false)
                        .validateAuthority(false)
                        .aadInstanceDiscoveryResponse(discovery)
                        .sslSocketFactory(localTrust.get().getSocketFactory());
            }
            return builder.build();
        } catch (Exception e) {
            throw new SignInRefused(role.role().key() + ": cannot set up the sign-in at " + tenantAuthority
                    + " (" + e.getClass().getSimpleName() + ": " + SecretMask.text(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static IClientCredential credential(RoleCredentials role) throws Exception {
        if (role.clientSecret().isPresent()) {
            return ClientCredentialFactory.createFromSecret(role.clientSecret().get().reveal());
        }
        try (InputStream pkcs12 = Files.newInputStream(role.certificate().orElseThrow())) {
            return ClientCredentialFactory.createFromCertificate(pkcs12,
                    role.certificatePassword().map(Secret::reveal).orElse(""));
        }
    }
}
