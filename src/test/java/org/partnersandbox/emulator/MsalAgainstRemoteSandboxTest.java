package org.partnersandbox.emulator;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import com.microsoft.aad.msal4j.SilentParameters;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.emulator.ops.OperationalSettings;
import org.partnersandbox.emulator.ops.Profile;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live code path's authentication, offline: msal4j 1.26.0 acquires App-only and App+User tokens
 * from the emulator in the remote-sandbox profile over HTTPS, trusting only the certificate the
 * emulator wrote, and the tokens work on HTTPS {@code /v1} calls. The builder is the recipe of
 * reference/msal-local.md. msal4j keeps instance metadata per host (without port) JVM-wide, so the
 * JVM should hold one such emulator at a time and every app must be built the same way.
 */
class MsalAgainstRemoteSandboxTest {

    private static final String PARTNER_CENTER = "https://api.partnercenter.microsoft.com";
    private static final String RELATIONSHIPS = "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf";

    @TempDir
    static Path dir;

    private static EmulatorHttp http;
    private static SSLContext tls;
    private static EmulatorHttp.Account provider;

    @BeforeAll
    static void start() throws Exception {
        Path pem = dir.resolve("emulator-certificate.pem");
        http = new EmulatorHttp(EmulatorSettings.defaults()
                .withOperations(OperationalSettings.of(Profile.REMOTE_SANDBOX).withCertificateOut(pem)));
        tls = OnlyTrusted.sslContext(OnlyTrusted.readPem(pem));
        provider = http.provision("indirectProvider");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void app_only_token_from_msal_client_credentials_is_accepted_on_https_v1_calls() throws Exception {
        ConfidentialClientApplication app = msal(provider);
        Set<String> scopes = Set.of(PARTNER_CENTER + "/.default");

        IAuthenticationResult first = app.acquireToken(ClientCredentialParameters.builder(scopes).build()).join();
        IAuthenticationResult second = app.acquireToken(ClientCredentialParameters.builder(scopes).build()).join();

        var claims = SignedJWT.parse(first.accessToken()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("tid")).as("tenant of the App-only token").isEqualTo(provider.tenantId());
        assertThat(claims.getStringClaim("idtyp")).as("kind of token").isEqualTo("app");
        assertThat(second.accessToken()).as("MSAL serves the second call from its cache (non-443 port workaround)")
                .isEqualTo(first.accessToken());
        HttpResponse<String> refused = get(RELATIONSHIPS, first.accessToken());
        assertThat(refused.statusCode()).as("the token is accepted; this resource refuses App-only: %s", refused.body())
                .isEqualTo(403);
        assertThat(JsonPath.from(refused.body()).getInt("code")).isEqualTo(900329);
    }

    @Test
    void app_user_token_from_msal_refresh_grant_gives_an_account_and_works_on_https_v1_calls() throws Exception {
        String refreshToken = http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), provider.password())
                .then().statusCode(200).extract().path("refresh_token");
        ConfidentialClientApplication app = msal(provider);
        Set<String> scopes = Set.of(PARTNER_CENTER + "/user_impersonation");

        IAuthenticationResult user = app.acquireToken(RefreshTokenParameters.builder(scopes, refreshToken).build()).join();

        assertThat(SignedJWT.parse(user.accessToken()).getJWTClaimsSet().getStringClaim("upn")).isEqualTo(provider.userName());
        IAccount account = user.account();
        assertThat(account).as("MSAL built an account from id_token + client_info").isNotNull();
        assertThat(account.username()).as("account user name (id_token preferred_username)").isEqualTo(provider.userName());
        assertThat(app.getAccounts().join()).as("the account is in MSAL's cache").hasSize(1);
        IAuthenticationResult silent = app.acquireTokenSilently(SilentParameters.builder(scopes, account).build()).join();
        assertThat(silent.accessToken()).as("silent acquisition serves the cached user token").isEqualTo(user.accessToken());
        HttpResponse<String> listed = get(RELATIONSHIPS, user.accessToken());
        assertThat(listed.statusCode()).as("relationships with the App+User token: %s", listed.body()).isEqualTo(200);
        assertThat(JsonPath.from(listed.body()).getString("attributes.objectType")).isEqualTo("Collection");
    }

    /** reference/msal-local.md, "Working configuration". */
    private static ConfidentialClientApplication msal(EmulatorHttp.Account account) throws Exception {
        int port = http.emulator().port();
        String authority = "https://127.0.0.1:" + port + "/" + account.tenantId() + "/";
        String discovery = "{\"tenant_discovery_endpoint\":\"https://127.0.0.1:" + port + "/" + account.tenantId()
                + "/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{"
                + "\"preferred_network\":\"127.0.0.1\",\"preferred_cache\":\"127.0.0.1:" + port + "\","
                + "\"aliases\":[\"127.0.0.1\",\"127.0.0.1:" + port + "\"]}]}";
        return ConfidentialClientApplication
                .builder(account.clientId(), ClientCredentialFactory.createFromSecret(account.clientSecret()))
                .authority(authority)
                .instanceDiscovery(false)
                .validateAuthority(false)
                .aadInstanceDiscoveryResponse(discovery)
                .sslSocketFactory(tls.getSocketFactory())
                .build();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
